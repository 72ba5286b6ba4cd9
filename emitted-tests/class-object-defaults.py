"""Defaults inherited from object: equality is identity, instances hashable, str falls back to repr, __init__ takes no args."""


class Bare:
    pass


a, b = Bare(), Bare()
print(a == a, a == b, a != b, a is not b, {a: 1}[a], len({a, b, a}))
print(str(a) == repr(a), bool(a), isinstance(a, object))
try:
    Bare(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
o = object()
print(o == o, type(o).__name__, isinstance(o, object))
setattr(a, "k", "v")
print(a.k, getattr(a, "k"), hasattr(b, "k"))


class WithInit:
    def __init__(self):
        return None


print(type(WithInit()).__name__)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
