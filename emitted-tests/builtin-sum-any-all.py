"""sum with start (ints, floats, lists, tuples), the str refusal; any/all short-circuit on lazy iterables."""
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.5] * 10), sum([1, 2.5]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([True, True, False]), sum([10 ** 20, 10 ** 20]))
print(sum([1, 2], start=100), sum(x / 2 for x in range(5)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "2"])
except TypeError as e:
    print("TypeError:", e)
seen = []


def check(x):
    seen.append(x)
    return x > 2


print(any(check(x) for x in [1, 3, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 1, 5]), seen)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any("0"), all(""))
print(any(map(str.isupper, "abC")), all(map(str.islower, "abC")))
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
it = iter([1, 1, 0, 4])
print(all(it), list(it))
print(sum([-1.5, 1.5]), sum(range(-3, 4)), sum([[]], [0]))
