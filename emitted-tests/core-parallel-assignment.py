# `a, b = x, y` with a tuple display on the right: every item is evaluated before any target is assigned,
# targets are assigned left to right, and the usual errors still come from the right place.


def trace(label, value):
    print("eval", label)
    return value


class Box:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


x, y = 1, 2
x, y = y, x
print(x, y, gcd(1071, 462))
a, b, c = trace("a", 1), trace("b", 2), trace("c", 3)
print(a, b, c)
items = [0, 0, 0]
i = 0
i, items[i] = 2, 9  # i is assigned before the subscript target is evaluated
print(i, items)
box = Box()
box.first, box.second = trace("first", "one"), trace("second", "two")
[p, q] = 3, 4
(m, n), o = (5, 6), 7
print(p, q, m, n, o)
fib = [0, 1]
u, v = 0, 1
for _ in range(90):
    u, v = v, u + v
print(u, v)


def unbound_swap():
    s, t = t, 1
    return s


try:
    unbound_swap()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
