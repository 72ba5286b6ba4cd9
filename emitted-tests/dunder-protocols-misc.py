"""Special methods reached through builtins: len/bool/in/iter/next/call/abs/neg/format/hash, user iterators."""


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __call__(self, x):
        return x * len(self.items)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __format__(self, spec):
        return "<" + format(self.x, spec) + "," + format(self.y, spec) + ">"

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return self.x * 31 + self.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
b = Bag([1, 2, 3])
print(len(b), bool(b), 2 in b, 5 in b, sorted(b), b(10), callable(b))
print(bool(Bag()), max(Bag([4, 9, 1])), list(enumerate(Bag(["a", "b"]))))
v = Vec(3, 4)
print(-v, abs(v), f"{v:.1f}", format(v, "03d"), f"{v!r}")
d = {Vec(1, 2): "a"}
print(d[Vec(1, 2)], Vec(1, 2) in d, Vec(1, 2) == Vec(1, 2), Vec(1, 2) != Vec(2, 1), Vec(0, 0) == 0)


class NoHash:
    def __eq__(self, other):
        return True


try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    len(Vec(1, 1))
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in Vec(1, 1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1, 1)()
except TypeError as e:
    print("TypeError:", e)
try:
    -Bag()
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
