"""functools: reduce, partial (flattening, keyword merging, attributes), lru_cache/cache statistics and
eviction order, wraps copying the wrapped function's names."""
import functools
from functools import reduce, partial, lru_cache, wraps

print(reduce(lambda a, b: a * b, range(1, 8)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s.upper(), ["a", "b"], ">"))


def power(base, exp, *, mod=None):
    return pow(base, exp, mod) if mod else base ** exp


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(7), square(3, exp=3), cube_mod(7), partial(power, 2)(10))
nested = partial(partial(power, 2), 5)
print(nested(), nested.func is power, nested.args, square.keywords, callable(square))
print(partial(print, "a", sep="-")("b"))

calls = []


@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    slow(n)
print(calls, slow.cache_info())
info = slow.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
slow.cache_clear()
print(slow.cache_info(), slow(4), slow.__name__, slow.__wrapped__(5))


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@lru_cache
def keyed(a, b=1, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(keyed(1), keyed(1), keyed(1, 1), keyed(1, b=1), keyed(1, c=2), keyed(1, c=2), calls)

unbounded = lru_cache(maxsize=None)(lambda x: x * 2)
print([unbounded(i % 3) for i in range(9)], unbounded.cache_info())
print(lru_cache(maxsize=0)(abs)(-3), lru_cache(maxsize=0)(abs).cache_info())


class Grid:
    def __init__(self, k):
        self.k = k

    @lru_cache(maxsize=None)
    def scaled(self, v):
        return self.k * v

    def __hash__(self):
        return self.k

    def __eq__(self, other):
        return self.k == other.k


g = Grid(3)
print(g.scaled(4), g.scaled(4), Grid.scaled.cache_info())


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3), add.__name__, add.__qualname__, add.__wrapped__ is not add)
for bad in [lambda: reduce(max, []), lambda: partial(), lambda: partial(5), lambda: keyed([1]),
            lambda: lru_cache("x"), lambda: reduce(max)]:
    try:
        print("no error:", bad())
    except TypeError as e:
        print("TypeError:", e)


def documented():
    """Says what it does.

    More lines, indented."""


wrapped_doc = wraps(documented)(lambda: None)
print(repr(documented.__doc__), repr(wrapped_doc.__doc__), wrapped_doc.__name__, (lambda: 0).__doc__, add.__doc__)
