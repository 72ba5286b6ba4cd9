# An operand that names a variable is the value loaded at that point, even when a later operand (a call, a
# walrus, a __hash__ or __str__ run meanwhile) rebinds the variable before the operation happens.
x = 10


def bump():
    global x
    x = 99
    return 1


print(x + bump())
x = 10
print(x, bump())
x = 10
print([x, bump()])
x = 10
print((x, bump()))
x = 10
print(x < bump())
x = 10
print(x == bump())
x = 10
if x > bump():
    print("compared with the old x")


def show(a, b, c=0):
    return (a, b, c)


x = 10
print(show(x, bump()))
x = 10
print(show(x, b=bump()))
x = 10
print(show(*[x], bump()))
x = 10
x += bump()
print(x)


def replace_callee():
    global replace_callee
    replace_callee = None
    junk = [str(i) for i in range(50)]
    return "callee kept alive: " + junk[-1]


print(replace_callee())

y = "old"


class Shout:
    def __str__(self):
        global y
        y = "new"
        return "shout"


print(Shout(), y)


class Key:
    def __hash__(self):
        global b
        b = "changed"
        return 1

    def __eq__(self, other):
        return self is other


b = "orig"
print({Key(): 1, "x": b}["x"])
b = "orig"
print(sorted(v for v in {Key(), b} if isinstance(v, str)))

table = {"k": 0}
current = table


def swap_table():
    global current
    current = {}
    return "k"


current[swap_table()] = 5
print(table, current)


def outer():
    v = [1]

    def g():
        nonlocal v
        v = [2]
        return 0

    first = [v, g()]
    v = [1]
    second = v + [g()]
    return first, second


print(outer())


def walrus(n):
    return [n, (n := n + 1), n], show(n, (n := 0))


print(walrus(5))

seq = [0, 1, 2, 3, 4, 5]


def shrink():
    global seq
    seq = []
    return 4


print(seq[1:shrink()])


class Box:
    def __init__(self):
        self.items = []

    def add(self, a, b):
        self.items.append((a, b))
        return self


x = 10
print(Box().add(x, bump()).items)
x = 10
f = lambda a=x, b=bump(): (a, b)
print(f())
