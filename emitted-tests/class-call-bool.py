"""__call__ makes instances callable; __bool__ and __len__ drive truthiness in if/while/and/or/not."""


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, plus=0):
        return x * self.k + plus


m = Multiplier(3)
print(m(4), m(4, plus=1), callable(m), callable(Multiplier), list(map(m, [1, 2])))


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool called on", self.v)
        return self.v


print(bool(Flag(True)), not Flag(False))
r = Flag(False) or "fallback"
print(r)
r = Flag(True) and "second"
print(r)
if Flag(True):
    print("if took branch")


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Both()), len(Both()))


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    Flag(1)()
except TypeError as e:
    print("TypeError:", e)
