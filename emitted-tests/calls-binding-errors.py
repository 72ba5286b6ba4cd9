"""Every argument-binding TypeError, worded as CPython words it (caught and printed)."""


def f(a, b=1, *, c, d=2):
    return (a, b, c, d)


def g(a, /, b, *, c=3):
    return (a, b, c)


def h(*args, **kwargs):
    return args, kwargs


def outer():
    def inner(x, y):
        return x + y
    return inner


cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, 3, 4, c=1, d=2),
    lambda: f(1, c=1, z=2),
    lambda: f(1, a=2, c=3),
    lambda: g(a=1, b=2),
    lambda: g(1, a=1, b=2),
    lambda: g(1),
    lambda: outer()(1),
    lambda: outer()(),
    lambda: f(1, **{"c": 1, "e": 5}),
    lambda: f(1, c=2, **{"c": 3}),
    lambda: h(**{"a": 1}, a=2),
    lambda: f(*5),
    lambda: f(1, **[("c", 1)]),
    lambda: f(1, **{1: 2}),
    lambda: (lambda *, k: k)(),
    lambda: (lambda x, /, y, *, z: 0)(1, 2, 3),
    lambda: int(x="7"),
]
for case in cases:
    try:
        print("ok", case())
    except TypeError as e:
        print("TypeError:", e)
print(f(1, c=2), f(a=5, c=6, b=7), g(1, 2), g(1, b=2, c=4), h(), h(1, 2, x=3))
