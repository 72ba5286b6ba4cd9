"""Decorators: simple wrappers, stacking order (bottom applied first), decorators with arguments, on methods."""
log = []


def trace(fn):
    def wrapper(*args, **kwargs):
        log.append("call " + fn.__name__)
        result = fn(*args, **kwargs)
        log.append("ret " + repr(result))
        return result
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco


def tag(name):
    def deco(fn):
        def wrapper(*a):
            return "<" + name + ">" + str(fn(*a)) + "</" + name + ">"
        return wrapper
    return deco


@trace
def add(a, b):
    return a + b


@tag("b")
@tag("i")
def hello(who):
    return "hi " + who


@repeat(3)
def counter(start):
    return start


print(add(2, 3), log, add.__name__)
print(hello("bo"))
print(counter(7))


class Svc:
    @trace
    def work(self, x):
        return x * 2


print(Svc().work(21), log[-2:])
