"""Positional-only parameters (/): cannot be passed by keyword; the same name may then appear in **kwargs."""


def pos(a, b, /, c, *, d=0):
    return a, b, c, d


print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=4))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    pos(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def collect(name, /, **kwargs):
    return name, kwargs


print(collect("x", name="in kwargs", other=1))


def with_default(a, b=10, /):
    return a + b


print(with_default(1), with_default(1, 2))
try:
    with_default()
except TypeError as e:
    print("TypeError:", e)
print(divmod(7, 2), pow(2, 5), abs(-3))
try:
    divmod(x=7, y=2)
except TypeError as e:
    print("TypeError:", e)
