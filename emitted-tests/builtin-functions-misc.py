"""Assorted builtins on edge inputs: abs divmod min/max with key/default, sum with start, map/filter, round, chr/ord, any/all."""
print(abs(-0), abs(-2.5), abs(-(10 ** 20)), abs(True), divmod(-7, 2), divmod(7.5, -2))
print(min(3, 1, 2), max("apple", "pear", key=len), min([], default="empty"), max([2, 8], default=0), min("b", "a"))
print(max([1, 3, 2], key=lambda v: -v), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get), max((1, "b"), (1, "a")))
for bad in [lambda: min([]), lambda: max(), lambda: max(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1, 0.2]), sum(range(0)), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x", None, []])))
print(list(filter(str.isdigit, "a1b22c")), list(map(len, ["", "ab"])), round(-0.5), round(0.5000001))
print(any([0, None, "x"]), all(["a", 1, [0]]), all([[]]), chr(97) + chr(0x263A), ord("a"), ord("☺"))
print(pow(10, -2), pow(-8, 1 / 3) if False else pow(2, 64), hash(1) == hash(1.0), callable(print))
print(len("abc"), len([1, [2, 3]]), len({}), len(range(0, 100, 7)), bool(None), bool(" "), int(), float(), str() == "")
