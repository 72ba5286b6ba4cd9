# The attributes of an instance live in room made with it (as many as its class's instances have had) and
# move out when it grows past that room; the `obj.attr` sites read and write them in place. Instances made
# before the class had all its keys, growth, deletion, `__dict__` and vars(), one site seeing several classes
# in turn, and classes changed after a site cached them all read and write as CPython does.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


first = Point(1, 2)  # made while the class had no keys: no room of its own
for i in range(5):
    setattr(first, "extra%d" % i, i)  # grows past any room
print(first.x, first.y, first.extra4, first.norm1(), sorted(vars(first)))

points = [Point(i, -i) for i in range(6)]
points[2].z = 99  # a third attribute: past the room the first instances had
points[3].label = "three"  # out of the class's key order: this one gets a real dict
for p in points:
    p.x += 1
print([(p.x, p.y) for p in points], points[2].z, points[3].label)
print([sorted(vars(p)) for p in points[1:4]])
del points[4].y
print(hasattr(points[4], "y"), points[4].x)
try:
    points[4].norm1()
except AttributeError as e:
    print("AttributeError", e)
points[5].__dict__ = {"x": 7, "y": 8, "w": 9}
print(points[5].norm1(), points[5].w)


class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)


m = Many(40)  # more keys than a class shares
print(m.a0, m.a39, len(vars(m)))
m2 = Many(3)
print(m2.a2, len(vars(m2)))


# One site alternating between the instances of two classes, many times over.
class A:
    def __init__(self):
        self.v = "a"

    def who(self):
        return "A" + self.v


class B:
    def __init__(self):
        self.pad = 0
        self.v = "b"

    def who(self):
        return "B" + self.v


def read(obj):
    return obj.v, obj.who()


objs = [A(), B()] * 3
print([read(o) for o in objs])


# A site's cached class changed afterwards: a class attribute replaced, a method shadowed by an instance
# attribute, and an attribute turned into a property.
class C:
    kind = "plain"

    def __init__(self):
        self.n = 1

    def get(self):
        return self.n


def use(c):
    return c.kind, c.get(), c.n


c = C()
print(use(c), use(c))
C.kind = "replaced"
print(use(c))
C.get = lambda self: "new get"
print(use(c))
c.get = lambda: "instance get"
print(use(c), use(C()))
C.n = property(lambda self: "property n", lambda self, value: print("set n", value))
print(use(C()))


# A base gaining a method after the subclass's sites cached the lookup.
class Base:
    def hello(self):
        return "base hello"


class Derived(Base):
    def __init__(self):
        self.x = 0


def call_hello(obj):
    return obj.hello()


d = Derived()
print(call_hello(d))
Derived.hello = lambda self: "derived hello"
print(call_hello(d))
del Derived.hello
print(call_hello(d))
Base.hello = lambda self: "base replaced"
print(call_hello(d))


# __getattr__ added after the site saw the attribute missing; __setattr__ added after writes were cached.
class Late:
    def __init__(self):
        self.a = 1


def read_b(obj):
    try:
        return obj.b
    except AttributeError as e:
        return "AttributeError: %s" % e


def write_a(obj, v):
    obj.a = v


late = Late()
print(read_b(late))
Late.__getattr__ = lambda self, name: "fallback " + name
print(read_b(late))
write_a(late, 2)
Late.__setattr__ = lambda self, name, value: print("intercepted", name, value)
write_a(late, 3)
print(late.a)
