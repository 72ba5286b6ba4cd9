"""tuple packing/unpacking: swaps evaluate the right side first, nested targets, starred in the middle, for targets."""
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 1, 2]
i = 0
i, x[i] = 1, 9
print(i, x)
(p, q), r = (10, 20), 30
print(p, q, r)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "xyz"
print(init, tail)
head, *empty = (1,)
print(head, empty)
for n, (c, d) in enumerate([("a", "b"), ("c", "d")]):
    print(n, c, d)
pairs = {"one": 1, "two": 2}
for key, value in pairs.items():
    print(key, value)
m = n = (5, 6)
print(m is n, m)
(a, b), (c, d) = "ab", [3, 4]
print(a, b, c, d)
try:
    a, b = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
t = (1, 2)
print(*t, sep="-")
print((*t, *t, 3), [*"ab", *range(2)])
