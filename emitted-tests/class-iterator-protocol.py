"""__iter__/__next__: an iterator class used by for, list, sum, zip, unpacking; StopIteration ends loops; iterators are single-pass."""


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


class Range2:
    def __init__(self, stop):
        self.stop = stop

    def __iter__(self):
        i = 0
        while i < self.stop:
            yield i
            i += 2


for v in Countdown(3):
    print("tick", v)
c = Countdown(4)
print(list(c), list(c))
print(sum(Countdown(10)), max(Countdown(5)), list(zip(Countdown(3), "ab")))
a, b, c2 = Countdown(3)
print(a, b, c2)
r = Range2(7)
print(list(r), list(r), 4 in r, sorted(r, reverse=True))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
