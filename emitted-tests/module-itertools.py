"""itertools: every iterator, how far each one consumes its input, and CPython's argument errors."""
import itertools
from itertools import count, islice, chain, groupby


def noisy(n, log):
    for i in range(n):
        log.append(i)
        yield i


print(list(islice(count(), 5)), list(islice(count(10, 2.5), 4)), list(islice(count(-3, -1), 3)))
print(list(islice(itertools.cycle("abc"), 8)), list(itertools.cycle([])))
print(list(itertools.repeat("x", 3)), list(itertools.repeat(1, -2)), list(islice(itertools.repeat(None), 2)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(itertools.accumulate([1, 2], initial=100)), list(itertools.accumulate([], initial=0)), list(itertools.accumulate("abc")))
print(list(chain("ab", [1, 2], (), range(2))), list(chain.from_iterable(["xy", [3]])), list(chain()))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.compress("abc", [1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(7))), list(itertools.filterfalse(None, [0, 1, "", "a"])))
for key, group in groupby("aaabccdaa"):
    print(key, list(group), end="; ")
print()
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby("aabbc"))  # groups advanced past are empty
print([(k, list(g)) for k, g in groups])
it = groupby("xxyy")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)), list(islice("abc", 5, 1)))
log = []
print(list(islice(noisy(10, log), 2, 6, 3)), log)
log = []
print(list(islice(noisy(10, log), 5, 3)), log)
print(list(itertools.pairwise("abcd")), list(itertools.pairwise("a")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.starmap(lambda *a: a, ["ab"])))
a, b = itertools.tee(noisy(4, log := []))
print(next(a), next(a), list(b), list(a), log, len(itertools.tee("x", 3)))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")), list(itertools.zip_longest()), list(itertools.zip_longest("ab", "xyz")))
print(list(itertools.product("ab", range(2))), list(itertools.product([1, 2], repeat=2)), list(itertools.product()))
print(list(itertools.product("ab", [])), len(list(itertools.product(range(3), repeat=3))))
print(list(itertools.permutations("abc", 2)), list(itertools.permutations(range(3))), list(itertools.permutations("ab", 3)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations(range(4), 3)), list(itertools.combinations("ab", 0)))
print(list(itertools.combinations_with_replacement("abc", 2)), list(itertools.combinations_with_replacement("", 0)))
print(sum(1 for _ in itertools.permutations(range(6))), sum(1 for _ in itertools.combinations(range(10), 4)))
print(type(chain()).__name__, isinstance(chain(), chain), type(count()).__name__)
for bad in [lambda: count("a"), lambda: list(islice("abc", -1)), lambda: islice("abc", 1, 2, 0), lambda: islice("a"),
            lambda: itertools.permutations("ab", -1), lambda: itertools.combinations("ab"), lambda: itertools.repeat(),
            lambda: itertools.product("a", repeat=-1), lambda: itertools.pairwise(), lambda: itertools.tee("a", -1),
            lambda: list(chain(1)), lambda: itertools.cycle("a", "b")]:
    try:
        print("no error:", bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
