"""Calling a class whose __init__ the class remembers (ClassObject::init): every case that must leave the
remembered path or be seen by it — __init__ returning a value, replaced, deleted or added after instances
were made, inherited, with defaults, keywords and *args, raising, and a class without __init__ given
arguments. Each class is called in loops so that the second and later calls take the remembered path.
The last call raises from __init__ uncaught, so the traceback's last line is compared too."""


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


for i in range(3):
    p = Point(i)
    q = Point(i, y=i * 2)
    print(p.x, p.y, q.x, q.y)


class Bad:
    def __init__(self, v):
        self.v = v
        if v > 1:
            return v


for i in range(4):
    try:
        print("made", Bad(i).v)
    except TypeError as e:
        print("TypeError:", e)


class ReturnsNone:
    def __init__(self):
        return None


print(type(ReturnsNone()).__name__, type(ReturnsNone()).__name__)


# replaced, deleted and added after instances were made: every call sees the class as it is now
class Mutable:
    def __init__(self, v):
        self.v = v


a = [Mutable(i).v for i in range(3)]


def other_init(self, v, w=10):
    self.v = v + w


Mutable.__init__ = other_init
b = [Mutable(i).v for i in range(3)]
del Mutable.__init__
try:
    Mutable(1)
except TypeError as e:
    print("TypeError:", e)
c = Mutable()
print(a, b, hasattr(c, "v"))


def late_init(self, *args):
    self.args = args


Mutable.__init__ = late_init
print([Mutable(*range(i)).args for i in range(4)])


# a base class's __init__ replaced: the subclass that inherits it sees the change
class Base:
    def __init__(self, v):
        self.v = ("base", v)


class Child(Base):
    pass


class GrandChild(Child):
    def m(self):
        return self.v


print([GrandChild(i).m() for i in range(2)], Child(5).v)


def new_base_init(self, v):
    self.v = ("new", v)


Base.__init__ = new_base_init
print([GrandChild(i).m() for i in range(2)], Child(5).v)
Child.__init__ = lambda self, v: setattr(self, "v", ("child", v))
print([GrandChild(i).m() for i in range(2)], Base(5).v)


# a class without __init__
class Empty:
    pass


print([type(Empty()).__name__ for _ in range(2)])
for args in [(1,), (1, 2)]:
    try:
        Empty(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Empty(k=1)
except TypeError as e:
    print("TypeError:", e)


class Outer:  # the message names the class by __name__, not __qualname__
    class Inner:
        pass


def local_class():
    class Local:
        pass

    return Local


for cls in [Outer.Inner, local_class(), Outer.Inner]:
    try:
        cls(1)
    except TypeError as e:
        print("TypeError:", e)


# __init__ with defaults, keyword-only parameters, *args and **kwargs
class Flexible:
    def __init__(self, a, b=2, *rest, c=3, **extra):
        self.parts = (a, b, rest, c, sorted(extra.items()))


for i in range(2):
    print(Flexible(i).parts, Flexible(i, 5, 6, 7, c=8, d=9).parts)


class KwOnly:
    def __init__(self, *, k):
        self.k = k


print([KwOnly(k=i).k for i in range(3)])
try:
    KwOnly(1)
except TypeError as e:
    print("TypeError:", e)


# arity errors through the remembered path
class Two:
    def __init__(self, a, b):
        self.ab = a + b


print([Two(i, i).ab for i in range(3)])
for args in [(), (1,), (1, 2, 3)]:
    try:
        Two(*args)
    except TypeError as e:
        print("TypeError:", e)


# an __init__ that rebinds its parameters and the class's __init__ while it runs
class Rebinds:
    count = 0

    def __init__(self, v):
        Rebinds.count += 1
        v = v * 2
        self.v = v
        Rebinds.__init__ = Rebinds.__init__


print([Rebinds(i).v for i in range(3)], Rebinds.count)


# a class attribute change that is not __init__ still leaves construction right
class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1


for _ in range(5):
    Counted()
Counted.extra = "x"
Counted()
print(Counted.made, Counted.extra)


# a staticmethod or a callable that is not a function as __init__
class Odd:
    @staticmethod
    def __init__(*args):
        print("static init", len(args))


Odd(1, 2)
Odd(3)


# instances dropped and made again reuse their blocks: their values must start empty
class Holder:
    def __init__(self, n):
        if n % 2:
            self.a = n
        else:
            self.b = n
            self.c = n


hs = [Holder(i) for i in range(6)]
print([sorted(vars(h)) for h in hs])
hs = None
print([sorted(vars(Holder(i))) for i in range(4)])


# exceptions raised in __init__
class Raises:
    def __init__(self, v):
        if v == 2:
            raise ValueError("bad value %d" % v)
        self.v = v


for i in range(3):
    try:
        print(Raises(i).v)
    except ValueError as e:
        print("ValueError:", e)

Raises(2)
