"""Generators consumed by for loops, sum/min/max and list(): the loop resumes the generator in place. Covers a
generator that raises mid-loop, one re-entered from its own loop ("already executing"), one in a `yield from`,
one started or exhausted by next() before the loop, StopIteration inside a body, and the RecursionError of a
deep chain of generators, next to the same loops over other iterators."""
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


print(sum(evens(count(10))), max(evens(count(10))), min(x + 1 for x in count(5)), list(count(4)))
print(sum(count(0)), list(evens(iter([1, 2, 3, 4]))), sorted(evens({4: 0, 2: 0, 3: 0})))

# started (and exhausted) by next() before the loop
g = count(5)
print(next(g), next(g), list(g), list(g), sum(g))


def boom(n):
    for i in range(n):
        if i == 3:
            raise KeyError(i)
        yield i


seen = []
try:
    for x in boom(10):
        seen.append(x)
except KeyError as e:
    print("KeyError", e, seen)
try:
    print(sum(boom(10)))
except KeyError as e:
    print("sum: KeyError", e)


# re-entered from its own loop body
def reenter():
    yield 1
    for x in me:
        yield x


me = reenter()
try:
    for v in me:
        print("got", v)
except ValueError as e:
    print("ValueError:", e)


# a loop over a generator paused in a `yield from`, and over one that returns through the delegation
def outer():
    r = yield from count(3)
    yield r
    yield from [7, 8]
    yield from evens(count(5))


print(list(outer()), sum(x for x in outer() if isinstance(x, int)))
o = outer()
print(next(o), next(o), [x for x in o])


# StopIteration raised inside a body becomes RuntimeError, in a for loop and in sum()
def leaky():
    yield 1
    raise StopIteration("leak")


for consume in (list, sum):
    try:
        consume(leaky())
    except RuntimeError as e:
        print(consume.__name__, "RuntimeError:", e, type(e.__cause__).__name__)


# closing a generator while a loop over it is running inside it
def closer():
    for x in count(5):
        yield x


c = closer()
for v in c:
    if v == 2:
        c.close()
print("closed at", v, list(c))


# a chain of nested generators deeper than the recursion limit
def chain(depth):
    if depth == 0:
        yield "bottom"
        return
    for x in chain(depth - 1):
        yield x


old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    print(list(chain(50)))
    list(chain(400))
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(list(chain(50)) == ["bottom"])


# the same loops over class iterators and builtin iterators
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(sum(Countdown(5)), list(evens(Countdown(6))), max(map(abs, [-3, 2])), list(zip(count(3), "abc")))
