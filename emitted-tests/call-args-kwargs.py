"""*args collects extra positionals as a tuple, **kwargs extra keywords as an insertion-ordered dict; forwarding."""


def show(*args, **kwargs):
    return args, kwargs


print(show(), show(1, 2), show(a=1, b=2), show(1, *[2, 3], k="v", **{"z": 0}))


def mixed(a, b=0, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6, d=7))


def forward(*args, **kwargs):
    return mixed(*args, **kwargs)


print(forward(10, 20, c=30, extra=True))


def count(*items):
    return len(items), type(items).__name__


print(count(), count(*"abc"), count([1, 2]))


def kwonly_order(**kw):
    return list(kw.items())


print(kwonly_order(z=1, a=2, m=3))
d = {"x": 1}
print(kwonly_order(**d, y=2), d)
try:
    mixed(1)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
