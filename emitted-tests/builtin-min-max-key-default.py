"""min/max: several args or one iterable, key=, default= for empty iterables, first maximal element wins."""
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min("hello"), max("abc", "abd"), min((2, "b"), (2, "a")))
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([], default=None), min((), default="empty"), max([5], default=0), max(range(0), key=abs, default=-1))
print(max([-3, 2, -1], key=abs), min([-3, 2, -1], key=abs), max(1, 2.0), max(2.0, 2), min(2, 2.0))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(max({"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]), max({"a": 3, "z": 1}))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "x"])
except TypeError as e:
    print("TypeError:", e)
print(max(True, 1), min(0, False), max([0.5, 1, True]), max(x * x for x in range(-5, 3)))
