"""zip (shortest, strict=True errors, unzip with *), enumerate with start, both lazy."""
a, b, c = [1, 2, 3], "xyz", (True, False)
print(list(zip(a, b)), list(zip(a, b, c)), list(zip()), list(zip(a)))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], "ab", strict=True)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", -1)))
e = enumerate(["p", "q", "r"], start=10)
print(next(e), type(e).__name__, list(e))
z = zip(range(3), range(3, 6))
print(next(z), list(z), list(z))
for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i, x, y)
it = iter(range(10))
print(list(zip(it, it)))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)], [sum(row) for row in zip(*matrix)])
