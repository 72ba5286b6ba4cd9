"""isinstance/issubclass with tuples of types (nested too), bool is int, user hierarchies, error for non-types."""


class Animal:
    pass


class Dog(Animal):
    pass


class Robot:
    pass


class RoboDog(Dog, Robot):
    pass


rd = RoboDog()
print(isinstance(rd, Animal), isinstance(rd, (Robot, int)), isinstance(rd, (str, (int, Dog))), isinstance(rd, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, str)), isinstance(1.0, (int, float)))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance((), list), isinstance(int, type))
print(issubclass(bool, int), issubclass(RoboDog, (Robot,)), issubclass(Dog, Robot), issubclass(Dog, Dog))
print(issubclass(RoboDog, (str, (bytes, Animal))), issubclass(object, Animal), issubclass(Animal, object))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(type, object))
print([c.__name__ for c in RoboDog.__mro__], RoboDog.__bases__[0].__name__)
for value in [1, 2.0, "3", [4], (5,), {6}, None, True]:
    kind = "number" if isinstance(value, (int, float)) and not isinstance(value, bool) else "other"
    print(repr(value), kind, end=" | ")
print()
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(rd, Animal)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, (int, "x"))
    print("first match short-circuits")
except TypeError as e:
    print("TypeError:", e)
