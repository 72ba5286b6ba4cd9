"""type(), isinstance with tuples, issubclass, type identity checks, __name__ of builtin and user types, type() of builtins."""


class Base:
    pass


class Derived(Base):
    pass


values = [1, 1.0, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, frozenset(), range(1), Derived(), Base]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, Base), type(v) is int)
print(type(1) == int, type(True) == int, type(True) is bool, type(Derived()) is Base, type(type(1)).__name__)
print(issubclass(Derived, Base), issubclass(Base, Derived), issubclass(Derived, Derived), issubclass(int, object))
print(isinstance(Derived, type), isinstance(Base(), object), isinstance(None, type(None)))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(Derived(), Base)
except TypeError as e:
    print("TypeError:", e)
print(type("x")("abc"), type(5)("12") + 1, type([])((1, 2)))
