"""List slice assignment (growing, shrinking, extended-slice size check) and del of slices and steps."""
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = []
print(a)
a[:] = "hey"
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[::3]
print(c)
del c[-2:]
print(c)
del c[1:3]
print(c)
del c[::-1]
print(c)
d = list(range(6))
d[4:1] = ["ins"]
print(d)
d[100:] = [7, 8]
print(d)
d[:2] = range(3)
print(d)
e = [1, 2, 3]
e[1:2] = e
print(e)
try:
    e[0:1] = 5
except TypeError as err:
    print("TypeError:", err)
f = list(range(8))
del f[5:1:-2]
print(f)
f[len(f):] = [99]
print(f, len(f))
g = list("abcdef")
g[-100:2] = ["Z"]
print(g)
