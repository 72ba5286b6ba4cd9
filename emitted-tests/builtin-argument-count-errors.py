"""Wrong argument counts to builtins, methods and module functions get CPython's wording."""
import functools
import itertools
import math
import operator


def gen():
    yield 1


@functools.lru_cache
def cached(x):
    return x


calls = [
    lambda: next(), lambda: next(iter([]), 1, 2), lambda: format(), lambda: format(1, "", 3), lambda: getattr(1),
    lambda: getattr(1, "x", 2, 3), lambda: iter(), lambda: iter(1, 2, 3), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: divmod(1), lambda: gen().throw(), lambda: gen().throw(1, 2, 3, 4),
    lambda: set(1, 2), lambda: "ab".split(1, 2, 3), lambda: "ab".upper(1), lambda: "ab".count(), lambda: [].append(),
    lambda: [].pop(1, 2), lambda: {}.get(), lambda: math.sqrt(), lambda: math.atan2(1), lambda: math.log(),
    lambda: math.log(1, 2, 3), lambda: math.perm(), lambda: functools.reduce(max), lambda: itertools.islice([]),
    lambda: itertools.tee(), lambda: itertools.count(1, 2, 3), lambda: operator.add(1), lambda: operator.neg(),
    lambda: cached.cache_info(1), lambda: cached.cache_clear(1), lambda: itertools.repeat(),
    lambda: itertools.compress(data=[]), lambda: enumerate(), lambda: round(), lambda: pow(2),
    lambda: "ab".find(), lambda: "ab".find("a", 0, 1, 2), lambda: "ab".startswith(), lambda: "ab".rindex("a", 0, 1, 2),
    lambda: itertools.chain.from_iterable(), lambda: itertools.count(1, step=2, start=3), lambda: operator.abs(),
    lambda: operator.not_(), lambda: operator.itemgetter(1)(), lambda: itertools.cycle(),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(type(cached.cache_info).__name__, callable(cached), callable(functools.partial(max, 1)), callable(3))
