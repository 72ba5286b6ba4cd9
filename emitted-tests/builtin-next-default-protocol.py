"""next() with defaults on user iterators and generators; a user __next__ raising StopIteration; iter() on user classes."""


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


c = Countdown(3)
print(next(c), next(c), next(c), next(c, "liftoff"), next(c, None), list(c))
print(list(Countdown(4)), sum(Countdown(100)), max(Countdown(5)), 2 in Countdown(3), 9 in Countdown(3))


class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        yield from self.items


b = Bag("a", "b")
i1, i2 = iter(b), iter(b)
print(next(i1), next(i1), next(i2), next(i1, "end"), list(b), [x + y for x in b for y in b])
first_even = next((n for n in [1, 3, 4, 6] if n % 2 == 0), None)
no_even = next((n for n in [1, 3] if n % 2 == 0), "none found")
print(first_even, no_even)
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration raised")


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    next(NotIter())
except TypeError as e:
    print("TypeError:", e)
