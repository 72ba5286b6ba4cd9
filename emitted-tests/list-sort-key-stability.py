"""sorted/list.sort: key functions, reverse keeps stability, tuple keys, sorting mixed types raises TypeError."""
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
xs = [5, -3, 2, -8, 0, 7]
xs.sort(key=abs)
print(xs)
xs.sort(reverse=True)
print(xs)
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted([[2, 1], [1, 9], [2, 0], [1]]))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()), sorted((3, 1, 2)), sorted([]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
words = "the quick brown fox jumps over a lazy dog".split()
print(sorted(words, key=len), max(words, key=len), min(words, key=len))
r = xs.sort()
print(r, sorted([0.5, -1, 2, 1.5]), sorted([True, False, 0, 1]))
