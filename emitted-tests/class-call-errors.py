"""Errors around calling classes and methods: arity messages with qualified names, __init__ returning a value, staticmethod/classmethod via instances."""


class Point:
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    @staticmethod
    def origin():
        return Point(0)

    @classmethod
    def from_pair(cls, pair):
        return cls(pair[0], pair[1])


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1).move(1), lambda: Point.move(1, 2),
             lambda: Point3(1, 2), lambda: Point.origin(1), lambda: Point(1, z=2), lambda: Point(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
p = Point(1, 2).move(3, 4)
print(p.x, p.y, Point.count, p.origin().x, p.from_pair((5, 6)).y, Point3.from_pair((7, 8)) if False else "")
q = Point3.from_pair if False else Point3(1, 2, 3)
print(type(q).__name__, q.z, isinstance(q, (int, Point)), issubclass(Point3, (str, Point)), Point.count)


class Weird:
    def __init__(self):
        return 42


try:
    Weird()
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, Point)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(q, "Point")
except TypeError as e:
    print("TypeError:", e)
print(callable(Point.origin), callable(p.move), callable(p), Point.origin.__name__, p.move.__name__)
Point.origin(5)
