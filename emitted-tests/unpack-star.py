"""Star unpacking in assignments, for-loops, calls and displays; nested targets; swap semantics."""
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
h, *i = [1]
print(a, b, c, d, e, f, g, h, i)
(j, k), *rest = [(1, 2), 3, 4]
print(j, k, rest)
for first, *others in [(1, 2, 3), (4,), "ab"]:
    print(first, others)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *(7, 8)], (*"hi",), {*[1, 1, 2]}, {**{"a": 1}, **{"b": 2}})
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0, 1, 2]
idx = 0
idx, lst[idx] = 2, "set"
print(idx, lst)
m, n = "ab"
print(m, n)
p, q, r = {"k1": 1, "k2": 2, "k3": 3}
print(p, q, r)
[s, [t, u]] = 1, (2, 3)
print(s, t, u)
