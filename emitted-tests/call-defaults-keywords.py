"""Calls with positional, keyword and default arguments; argument errors with CPython's TypeError messages."""


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 20), f(1, c=30), f(c=300, a=100), f(*[1, 2]), f(**{"a": 9, "c": 8}))
errors = [
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, a=1),
    lambda: f(1, d=4),
    lambda: f(b=1),
]
for call in errors:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def g(x, y):
    return x - y


print(g(y=1, x=10), g(*(5, 3)), g(5, *[3]), g(*[], **{"x": 1, "y": 1}))


def noargs():
    return "none"


try:
    noargs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
