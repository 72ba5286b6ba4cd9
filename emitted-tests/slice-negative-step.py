"""Slicing with negative indices and steps, out-of-range bounds clamped, on lists, strings, tuples and ranges."""
s = list(range(10))
print(s[-3:], s[:-3], s[-3:-1], s[-1:-3], s[::-1], s[::2], s[1::3], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:100:2], s[-100::-1], s[::-100], s[3:3], s[7:3], s[-2:-8:-1])
w = "abcdefgh"
print(w[::-1], w[1:-1], w[-3::-2], w[:100], w[5:1:-1], repr(w[4:2]))
t = tuple(w)
print(t[2:5], t[::-2], t[-1:], type(t[1:]).__name__)
r = range(0, 20, 3)
print(r[::-1], r[1:-1:2], list(r[-2:]), r[::-2][1])
n = len(s)
for start in (None, -20, -5, 0, 5, 20):
    for step in (-2, 1, 3):
        print(s[start::step], end=" ")
    print()
i = 2
print(s[i:i + 3], s[-i:], s[:-i or None], s[:-0 or None])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1":]
except TypeError as e:
    print("TypeError:", e)
print(s[True:3], s[False::True + True])
