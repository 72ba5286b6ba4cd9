"""Reflected operators are tried when the left operand returns NotImplemented; subclass reflected ops win; __iadd__ fallback."""
trace = []


class A:
    def __add__(self, o):
        trace.append("A.__add__")
        return NotImplemented

    def __radd__(self, o):
        trace.append("A.__radd__")
        return "A-radd"

    def __lt__(self, o):
        trace.append("A.__lt__")
        return NotImplemented

    def __gt__(self, o):
        trace.append("A.__gt__")
        return "A-gt"


class B(A):
    def __radd__(self, o):
        trace.append("B.__radd__")
        return "B-radd"


try:
    A() + A()
except TypeError as e:
    print("TypeError:", e, trace)
trace.clear()
print(A() + B(), trace)
trace.clear()
print(1 + A(), trace)
trace.clear()
print(A() < A(), trace)
trace.clear()


class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Acc(self.v + o)

    def __iadd__(self, o):
        self.v += o * 10
        return self


class NoIadd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NoIadd(self.v + o)


x = Acc(1)
y = x
x += 2
n = NoIadd(1)
m = n
n += 2
print(x.v, x is y, n.v, n is m, m.v)
