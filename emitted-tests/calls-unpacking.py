"""Starred assignment targets and unpacking displays, with CPython's ValueError messages."""
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
head, *rest = range(3)
print(init, tail, head, rest)
a, *b = (1,)
print(a, b)
for x, *ys in [(1, 2, 3), (4,), "hi"]:
    print(x, ys)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
[s, *t] = {"k": 1, "j": 2}
print(s, t)
print([*range(3), *"ab", 9], (*[1, 2], 3), (*(),), [*{}, *{"x": 1}])
base = {"a": 1, "b": 2}
print({**base, "b": 20, **{"c": 3}}, {"a": 0, **base}, {**{}, **{1: 2}})
for bad in ([], [1], "a"):
    try:
        x, y, *z = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    print({**[1, 2]})
except TypeError as e:
    print("TypeError:", e)
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
