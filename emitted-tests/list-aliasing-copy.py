"""Assignment aliases lists; copies are shallow; [[]]*n shares rows; identity vs equality."""
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
b.append(4)
c[1].append("shared")
print(a, b, c, d)
print(a is b, a is c, a == b, c == d, a[1] is c[1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)


def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst


orig = [0]
print(mutate(orig), orig)
x = [1, 2]
y = x
x += [3]
print(y)
x = x + [4]
print(x, y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
