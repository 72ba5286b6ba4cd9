"""Operators between two instances of one class: the reflected method is looked up only after the first one
declines (so a class changed by the first call is seen), the lookup cache keeps many dunders of one class
apart, __len__'s result is checked as CPython checks it, and a method that declines runs once."""


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, other):
        print("  lt", self.cents, other.cents)
        if self.cents < 0:
            return NotImplemented
        return self.cents < other.cents

    def __gt__(self, other):
        print("  gt", self.cents, other.cents)
        return self.cents > other.cents

    def __add__(self, other):
        if other.cents == 0:
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        print("  radd: never for two of one class")
        return Money(-1)

    def __repr__(self):
        return f"Money({self.cents})"


a, b, z, neg = Money(5), Money(7), Money(0), Money(-3)
print(a < b, b < a)
print(neg < a)  # lt declines: a.__gt__(neg) decides
try:
    print(a + z)
except TypeError as e:
    print("TypeError:", e)
print(a + b)


# __lt__ removes __gt__ from the class before declining: the reflected lookup sees the class as it is then.
class Shifty:
    def __lt__(self, other):
        del Shifty.__gt__
        return NotImplemented

    def __gt__(self, other):
        return "never"


try:
    print(Shifty() < Shifty())
except TypeError as e:
    print("TypeError:", e)


# A class with many special methods, used in turns: every one keeps answering with its own method.
class Many:
    def __init__(self, v):
        self.v = v

    def __add__(self, o): return ("add", self.v, o.v)
    def __sub__(self, o): return ("sub", self.v, o.v)
    def __mul__(self, o): return ("mul", self.v, o.v)
    def __truediv__(self, o): return ("truediv", self.v, o.v)
    def __floordiv__(self, o): return ("floordiv", self.v, o.v)
    def __mod__(self, o): return ("mod", self.v, o.v)
    def __pow__(self, o): return ("pow", self.v, o.v)
    def __lshift__(self, o): return ("lshift", self.v, o.v)
    def __rshift__(self, o): return ("rshift", self.v, o.v)
    def __and__(self, o): return ("and", self.v, o.v)
    def __or__(self, o): return ("or", self.v, o.v)
    def __xor__(self, o): return ("xor", self.v, o.v)
    def __lt__(self, o): return ("lt", self.v, o.v)
    def __le__(self, o): return ("le", self.v, o.v)
    def __gt__(self, o): return ("gt", self.v, o.v)
    def __ge__(self, o): return ("ge", self.v, o.v)
    def __eq__(self, o): return ("eq", self.v, o.v)
    def __ne__(self, o): return ("ne", self.v, o.v)
    def __len__(self): return self.v
    def __getitem__(self, i): return ("getitem", self.v, i)
    def __contains__(self, x): return x == self.v


x, y = Many(3), Many(4)
seen = []
for round_ in range(3):
    seen.append((x + y, x - y, x * y, x / y, x // y, x % y, x ** y, x << y, x >> y, x & y, x | y, x ^ y))
    seen.append((x < y, x <= y, x > y, x >= y, x == y, x != y, len(x), x[round_], 3 in x, 4 in x))
print(seen[0])
print(seen[1])
print(seen[4] == seen[0], seen[5] == seen[1])


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(0)), len(Sized(12)), len(Sized(True)), len(Sized(2**40)))
for bad in (-1, -(2**70), 2**70, 1.5, "3"):
    try:
        print(len(Sized(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)


# Both sides decline: each method runs once, as a value and as a condition; truth through __len__ calls it once.
class Declines:
    def __lt__(self, other):
        print("  lt")
        return NotImplemented

    def __gt__(self, other):
        print("  gt")
        return NotImplemented

    def __len__(self):
        print("  len")
        return 2


try:
    print(Declines() < Declines())
except TypeError as e:
    print("TypeError:", e)
try:
    if Declines() < Declines():
        print("unreachable")
except TypeError as e:
    print("TypeError:", e)
print(bool(Declines()))
if Declines():
    print("true by __len__")
print(not Declines())
