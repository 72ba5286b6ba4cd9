"""Slice reads, slice assignment (growing/shrinking), extended slices with step, del slices, and their errors."""
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:100], a[100:], a[3:3])
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[len(a):] = [7, 8]
a[-1:] = []
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
b = [1, 2, 3]
b[5:] = [9]
print(b)
c = [1, 2, 3, 4]
c[3:1] = ["in"]
print(c, c[-100:-50], c[::-100])
s = "abcdef"
print(s[1:-1:2], s[-2::-2], (1, 2, 3, 4)[::-2], range(10)[2:8:3], list(range(10)[::-4]))
