"""map and filter are lazy single-use iterators; map with several iterables stops at the shortest; filter(None)."""
calls = []


def square(x):
    calls.append(x)
    return x * x


m = map(square, [1, 2, 3])
print(calls, type(m).__name__)
print(next(m), calls)
print(list(m), list(m), calls)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [5, 2], [7, 100])))
print(list(map(str, range(4))), list(map(len, ["", "ab", "abc"])), "".join(map(str.upper, "abc")))
print(list(filter(None, [0, 1, "", "x", None, [], [0], 0.0, False, True])))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22", ""])), list(filter(str.isalpha, "a1b2")))
evens = filter(lambda n: n % 2 == 0, range(10))
print(next(evens), next(evens), list(evens))
chain = map(lambda p: p[0] * p[1], filter(lambda p: p[0] < p[1], zip(range(5), [3, 1, 4, 1, 5])))
print(list(chain))
print(sum(map(int, "12345")), max(map(abs, [-7, 3, 5])), sorted(map(lambda w: w[::-1], ["ab", "ca"])))
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
