"""Calls of a module-level function by name after the global changes: rebound to another function, a lambda,
a class, a builtin, a bound method or a callable instance; rebound while the arguments are evaluated (the
function loaded first is called); rebound by the function itself while it runs; deleted (NameError)."""


def f(x):
    return ("f", x)


def g(x):
    return ("g", x)


print(f(1))
saved = f
f = g
print(f(2))
f = lambda x: ("lambda", x)
print(f(3))


class K:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "K(%r)" % self.x

    def meth(self, y):
        return ("meth", self.x, y)

    def __call__(self, y):
        return ("call", self.x, y)


f = K
print(f(4))
f = abs
print(f(-5))
f = K(6).meth
print(f(7))
f = K(8)
print(f(9))
f = saved
print(f(10))


def rebind_f():
    global f
    f = g
    return 11


print(f(rebind_f()))  # the f loaded before the argument: ('f', 11)
print(f(12))          # now g
f = saved


def rebinds_itself(n):
    global rebinds_itself
    if n == 0:
        rebinds_itself = None  # the running function's global goes away; the call finishes normally
        return "done"
    return rebinds_itself(n - 1)


print(rebinds_itself(3))
print(rebinds_itself)

del f
try:
    f(13)
except NameError as e:
    print("NameError:", e)


def f(x, y):
    return x - y


print(f(20, 5))
try:
    print(f(1))
except TypeError as e:
    print("TypeError:", e)
try:
    print(f(1, 2, 3))
except TypeError as e:
    print("TypeError:", e)


def decorate(fn):
    def wrapper(*args):
        return ("wrapped", fn(*args))
    return wrapper


@decorate
def h(x):
    return x * 2


print(h(21))


def same(fn):
    return fn


@same
def twice(x):
    return x + x


print(twice(22))

for i in range(3):
    def looped(x):
        return x + i
    print(looped(100))


def use_before_def():
    return late(1)


try:
    use_before_def()
except NameError as e:
    print("NameError:", e)


def late(x):
    return ("late", x)


print(use_before_def())
