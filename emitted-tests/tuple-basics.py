"""Tuples: single-element syntax, packing/unpacking, immutability errors, hashing as dict keys, count/index, concatenation."""
t = 1, 2, 3
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__, len(empty))
print(t + (4,), t * 2, t[1:], t[::-1], t.index(2), t.count(3), 2 in t, tuple("ab"), tuple([1]))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t + [4]
except TypeError as e:
    print("TypeError:", e)
d = {(0, 0): "origin", (1, 2): "pt"}
print(d[(1, 2)], d[0, 0], hash((1, 2)) == hash((1, 2)))
try:
    {([1], 2): 3}
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
a, b = b, a = 1, 2
print(a, b)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u, nested[1][1][0])
print(repr((1,)), repr(((),)), str((None, "s", 1.0)), max((3, 1, 2)), sum((1, 2, 3)))
print(tuple(x * x for x in range(4)), (1, 2) < (1, 2, -1), tuple() == ())
