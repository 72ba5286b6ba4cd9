"""Decorators may return non-functions (a class instance, a value) or decorate classes; decorator expression evaluated first."""


class CallCounter:
    def __init__(self, fn):
        self.fn = fn
        self.n = 0

    def __call__(self, *args):
        self.n += 1
        return self.fn(*args)


@CallCounter
def greet(name):
    return "hello " + name


print(greet("a"), greet("b"), greet.n, type(greet).__name__)


def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls


@add_method
class Thing:
    pass


print(Thing().extra())


def to_value(fn):
    return fn()


@to_value
def computed():
    return [i * i for i in range(4)]


print(computed)
order = []


def mk(label):
    order.append("make " + label)

    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco


@mk("outer")
@mk("inner")
def f():
    pass


print(order)
