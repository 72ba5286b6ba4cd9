"""Mutating a list while iterating over it skips elements (index-based iteration); iterating a copy avoids it."""
xs = [1, 2, 2, 3, 4, 4, 5]
for x in xs:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 2, 3, 4, 4, 5]
for y in ys[:]:
    if y % 2 == 0:
        ys.remove(y)
print(ys)
grow = [1]
for g in grow:
    if g < 5:
        grow.append(g + 1)
print(grow)
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + k] = d.pop(k)
print(d)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for i in range(3):
    print("i", i)
    i = 100
print("after", i)
