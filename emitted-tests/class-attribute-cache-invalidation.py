# Attribute and method lookups are cached per class; every way of changing what a lookup finds must show.


class Base:
    kind = "base"

    def greet(self):
        return "base greet"

    def size(self):
        return 1


class Child(Base):
    def size(self):
        return 2


class GrandChild(Child):
    pass


def show(obj):
    print(type(obj).__name__, obj.kind, obj.greet(), obj.size())


objs = [Base(), Child(), GrandChild()]
for _ in range(3):  # fill the caches
    for o in objs:
        show(o)

# A method replaced on the base class after the first calls: every subclass sees it.
Base.greet = lambda self: "patched greet"
for o in objs:
    show(o)

# A class attribute reassigned on a base, then overridden on a subclass.
Base.kind = "base2"
for o in objs:
    show(o)
Child.kind = "child"
for o in objs:
    show(o)

# A method added to the subclass shadows the base's; deleting it brings the base's back.
GrandChild.size = lambda self: 3
show(objs[2])
del GrandChild.size
show(objs[2])
del Child.size
show(objs[2])

# An instance attribute shadows a class method (not a data descriptor), for calls and reads.
g = objs[2]
g.greet = lambda: "instance greet"
show(g)
print(g.greet())
del g.greet
print(g.greet())

# setattr()/delattr() builtins on a class go through the same invalidation.
setattr(Base, "greet", lambda self: "setattr greet")
show(objs[1])
delattr(Base, "greet")
try:
    objs[1].greet()
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(objs[0].greet)
except AttributeError as e:
    print("AttributeError:", e)


# A property added after instances cached a plain lookup of the same name: the data descriptor wins over the
# instance dict from then on, for reads and writes.
class P:
    def __init__(self):
        self.value = 10


p = P()
for _ in range(3):
    print(p.value)
class Holder:
    @property
    def value(self):
        return "from property"


P.value = Holder.__dict__["value"]
print(p.value)
try:
    p.value = 5
except AttributeError as e:
    print("AttributeError:", e)
del P.value
print(p.value)
p.value = 6
print(p.value)


# __setattr__ and __getattr__ added to a class after instances were used.
class H:
    pass


h = H()
h.a = 1
print(h.a)
H.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
h.a = 5
print(h.a)
H.__getattr__ = lambda self, name: "missing " + name
print(h.zzz)
del H.__setattr__
h.b = 7
print(h.b)


# A subclass overriding a method called through super() and through the instance.
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B.f > " + super().f()


b = B()
for _ in range(2):
    print(b.f())
A.f = lambda self: "A.f patched"
print(b.f())
B.f = lambda self: "B.f patched"
print(b.f())


# A bound method kept as a value keeps the old function.
class K:
    def m(self):
        return "old"


k = K()
m = k.m
K.m = lambda self: "new"
print(m(), k.m())
