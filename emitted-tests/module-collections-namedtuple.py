"""collections.namedtuple: field names from a str or a list, defaults, rename, the class attributes and
methods (_fields, _field_defaults, _make, _replace, _asdict), repr, tuple behaviour (indexing, slicing,
unpacking, ==, <, hash, +, *), attribute access, binding errors, and subclasses with methods."""
from collections import namedtuple


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = Point(y=4, x=3)
print(p, q, p.x, p.y, q.x + q.y, p[0], p[-1], p[:1], p[::-1], len(p), list(p))
x, y = q
print(x, y, *p, tuple(p), sum(p), max(q), 2 in p, 5 in p)
print(p == (1, 2), (1, 2) == p, p != (1, 2), p == Point(1, 2), p < q, sorted([q, p, Point(0, 9)]))
print(hash(p) == hash((1, 2)), {p: "a"}[(1, 2)], {p, Point(1, 2), (1, 2)})
print(p + (3,), p * 2, isinstance(p, tuple), isinstance(p, Point), type(p).__name__, type(p + p).__name__)
print(Point._fields, Point._field_defaults, Point.__name__, Point, p._asdict(), p._replace(y=20), p)
print(Point._make([5, 6]), Point._make(range(2)), p.count(1), p.index(2), str(p), repr(q), f"{p}")
print(Point(*[7, 8]), Point(**{"x": 0, "y": -1}), [Point(i, i * i) for i in range(3)])

Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color(red=9, blue=1), Color._field_defaults)
Row = namedtuple("Row", "id, name,  score")
print(Row(1, "a", 2.5), Row._fields)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x", "2bad"], rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4, 5))
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields)
One = namedtuple("One", "v", defaults=(None,))
print(One(), One(3), One._make([1]))
Mod = namedtuple("Mod", "a", module="geometry")
print(Mod, Mod.__module__, Point.__module__)

# the binding errors of __new__ and the checks of the factory
attempt(lambda: Point(1))
attempt(lambda: Point())
attempt(lambda: Color())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Color(1, 2, 3, 4))
attempt(lambda: Point(1, x=2))
attempt(lambda: Point(1, 2, z=3))
attempt(lambda: Point._make([1]))
attempt(lambda: p._replace(z=1))
attempt(lambda: p.z)
attempt(lambda: p[2])
attempt(lambda: namedtuple("P", "x x"))
attempt(lambda: namedtuple("P", "_x"))
attempt(lambda: namedtuple("P", "x def"))
attempt(lambda: namedtuple("1P", "x"))
attempt(lambda: namedtuple("P", "x-y"))
attempt(lambda: namedtuple("P", "x y", defaults=(1, 2, 3)))


def set_field():
    p.x = 5


def set_other():
    p.other = 5


attempt(set_field)
attempt(set_other)


# a subclass with methods, properties and its own repr
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, v.scaled(2), type(v.scaled(2)).__name__, v == (4, 6), Vec._make([0, 1]), isinstance(v, tuple))
print(Vec.__mro__[1:], len(Vec.__mro__), v._asdict(), hash(v) == hash((4, 6)))


class Card(namedtuple("Card", "rank suit")):
    def __str__(self):
        return f"{self.rank} of {self.suit}"

    def __repr__(self):
        return f"<Card {self.rank}{self.suit[0]}>"


hand = sorted([Card(10, "hearts"), Card(2, "spades"), Card(10, "clubs")])
print(hand, str(hand[0]), [str(c) for c in hand], max(hand).suit)
rank, suit = hand[-1]
print(rank, suit)
