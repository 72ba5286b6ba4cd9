"""enumerate with start, zip stopping at the shortest, zip(*) transposition, reversed on sequences, iter/next with default."""
names = ["ann", "bob", "cy"]
ages = [30, 25, 41, 99]
for i, n in enumerate(names, start=1):
    print(i, n)
print(list(zip(names, ages)), list(zip()), list(zip(names)), dict(zip(names, ages)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters, list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(list(reversed(names)), list(reversed(range(4))), list(reversed((1, 2))), "".join(reversed("abc")))
it = iter(names)
print(next(it), next(it), next(it), next(it, "none left"))
e = enumerate("xy")
print(next(e), list(e), list(enumerate([], 5)))
try:
    zip(names, ages, strict=True) and list(zip(names, ages, strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    reversed({1: 2}.keys()) and next(reversed([]))
except StopIteration:
    print("StopIteration from empty reversed")
for a, (b, c) in zip("xy", enumerate("pq")):
    print(a, b, c)
