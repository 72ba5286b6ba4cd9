"""sorted with key and reverse: stable, reverse keeps equal elements in original order, multi-key tuples."""
people = [("bob", 25), ("ann", 30), ("cid", 25), ("dee", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted("hello"), sorted("hello", reverse=True), sorted({3: "c", 1: "a"}), sorted((3, 1, 2)))
print(sorted([3, 1.5, 2, True, -0.5]), sorted([[2, 1], [1, 9], [1, 2]]), sorted([], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [5, 2, 8]
res = sorted(lst)
print(res, lst, res is lst)
lst.sort(key=lambda v: -v)
print(lst)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
print(sorted(range(10), key=lambda n: (n % 3, -n)))
by_last = sorted(["ab", "ba", "ca", "bb"], key=lambda s: s[-1])
print(by_last)
