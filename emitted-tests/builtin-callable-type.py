"""callable() and type(): functions, classes, instances with/without __call__, bound methods, builtins."""


class Plain:
    def method(self):
        return 1


class Caller:
    def __call__(self, x):
        return x * 2


def fn():
    pass


print(callable(fn), callable(Plain), callable(Plain()), callable(Caller()), callable(Plain().method))
print(callable(len), callable(print), callable(int), callable(None), callable("str"), callable(lambda: 0))
print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()), type(True))
print(type(fn).__name__, type(Plain).__name__, type(Plain()).__name__, type(Plain().method).__name__)
print(type(len).__name__, type(range(1)).__name__, type(type).__name__, type(object()).__name__)
print(type(3) is int, type(True) is int, type(True) is bool, type(Caller()) is Caller, type(type(1)) is type)
print(Caller()(21), type(5)("12") + 1, type("")(3.5), type([])("ab"))
NewType = type(Plain())
print(NewType is Plain, NewType().method())
print(type(10 ** 40).__name__, type(1 / 1).__name__, type(7 // 2).__name__, type(2 ** -1).__name__)
print(type(x for x in []).__name__, type(print).__name__)
