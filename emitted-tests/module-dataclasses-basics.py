"""dataclasses: the generated __init__, __repr__ and __eq__, defaults and default_factory, field() options,
__post_init__, fields(), is_dataclass(), the generated docstring and __match_args__, argument errors worded
as CPython's (with the method's qualname)."""
from dataclasses import dataclass, field, fields, is_dataclass, MISSING
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), repr(Point(-1)))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2), p.x, p.y)
print(Point.__doc__, Point.__match_args__, Point.__hash__, Point.y)
print(Point.__init__.__qualname__, Point.__repr__.__name__, Point.__eq__.__qualname__)
print(list(Point.__annotations__.items()))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 2}), ((1,), {"x": 2}), ((), {"y": 1})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    secret: str = field(default="s", repr=False, init=False)


a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is not b.items, a.secret, Inventory.count, Inventory.secret)
print(Inventory("x", [1], count=5) == Inventory("x", [1], count=9), Inventory("x", [1]) == Inventory("x", [2]))
print(Inventory.__doc__)
try:
    Inventory("x", secret="no")
except TypeError as e:
    print(type(e).__name__, e)
print([(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare)
       for f in fields(Inventory)])
print([f.name for f in fields(a)], fields(a)[0] is fields(Inventory)[0], type(fields(a)[0]).__name__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(int), is_dataclass(5), is_dataclass("Point"))
try:
    fields(5)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        print("post_init", self.w, self.h)
        self.area = self.w * self.h


r = Rect(2, 3.5)
print(r, r.area, Rect.__match_args__)


@dataclass()
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__doc__, fields(Empty), Empty.__match_args__)


@dataclass
class Documented:
    """Has its own doc."""
    v: str = "a"


print(Documented.__doc__, Documented(), Documented("q\n"))


@dataclass(repr=False, eq=False)
class Plain:
    a: int


pl = Plain(1)
print(repr(pl).startswith("<__main__.Plain object at"), pl == Plain(1), pl == pl, hash(pl) == hash(pl))


@dataclass
class Custom:
    a: int
    b: int = 2

    def __repr__(self):
        return f"Custom<{self.a}>"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass
class WithClassAttrs:
    x: int
    counter = 0  # not annotated: not a field
    label: str = "L"

    def method(self):
        return self.x * 2


w = WithClassAttrs(4)
print(w, w.method(), WithClassAttrs.counter, [f.name for f in fields(w)])


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
root.children.append(root)
print(root)
print(Node(1) == Node(1), Node(1, [Node(2)]) == Node(1, [Node(2)]))

print(dataclasses.field(default=3), sep="") if False else print("field repr skipped")
f = field(default=3, metadata={"unit": "m"})
print(f.default, f.metadata["unit"], f.init, f.kw_only is MISSING, f.hash)
for bad in [lambda: field(default=1, default_factory=list), lambda: field(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def not_a_class():
    pass


for target in [not_a_class, int]:
    try:
        dataclass(target)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
