# A property without a getter, setter or deleter: its error names the attribute it was made as (CPython's
# property.__set_name__), the class by its qualified name, and no name at all for a property added later.


class Outer:
    class Inner:
        ro = property(lambda self: 1)
        wo = property(None, lambda self, v: None)

        @property
        def value(self):
            return 2


class Late:
    pass


Late.n = property(lambda self: 3)
Late.w = property(None, lambda self, v: None)
alias = Outer.Inner.ro


class Reuse:
    other = alias


def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except AttributeError as e:
        print(label, "AttributeError:", e)


i = Outer.Inner()
attempt("set ro", lambda: setattr(i, "ro", 5))
attempt("del ro", lambda: delattr(i, "ro"))
attempt("get wo", lambda: i.wo)
attempt("set value", lambda: setattr(i, "value", 1))
attempt("del value", lambda: delattr(i, "value"))
late = Late()
print(late.n)
attempt("set late", lambda: setattr(late, "n", 1))
attempt("get late w", lambda: late.w)
attempt("set reused", lambda: setattr(Reuse(), "other", 1))
attempt("set ro again", lambda: setattr(i, "ro", 5))

# a namedtuple's fields are read-only descriptors with messages of their own
from collections import namedtuple

Point = namedtuple("Point", "x y")
pt = Point(1, 2)
attempt("set field", lambda: setattr(pt, "x", 5))
attempt("del field", lambda: delattr(pt, "x"))
print(pt)
