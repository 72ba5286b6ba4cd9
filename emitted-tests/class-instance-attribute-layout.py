# Instances keep their attributes in insertion order whatever the runtime's layout: set in the class's
# usual order or another one, deleted and re-added, reached through __dict__, vars(), setattr() with
# computed names, object.__setattr__, a __dict__ replaced or deleted, and more attributes than a class
# shares keys for. Reads through the same `obj.attr` sites must see every change.


class Point:
    def __init__(self, x, y, swap=False):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def get(self):
        return self.x, self.y


def show(o):
    return f"{vars(o)} {list(o.__dict__)} {o.get() if hasattr(o, 'x') and hasattr(o, 'y') else '-'}"


pts = [Point(1, 2), Point(3, 4, swap=True), Point(5, 6)]
for p in pts:
    print(show(p))
pts[2].z = "z"
pts[0].w = "w"
print([list(vars(p)) for p in pts])

# Deletion, then a read through the same sites, then re-adding (at the end of the order).
p = Point(7, 8)
print(p.get())
del p.x
try:
    p.get()
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 70
print(show(p), p.get())
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)

# Changes made through __dict__ are seen by attribute reads, and the other way round.
q = Point(9, 10)
print(q.get())
d = q.__dict__
d["x"] = "via dict"
print(q.get())
q.y = "via attribute"
print(d, d is q.__dict__, d is vars(q))
del d["y"]
try:
    q.get()
except AttributeError as e:
    print("AttributeError:", e)
d.update(y=1, extra=2)
print(q.get(), q.extra, list(vars(q)))
d.clear()
print(vars(q), hasattr(q, "x"))

# setattr/getattr/delattr with names built at run time, object.__setattr__, bad names.
r = Point(0, 0)
for i in range(3):
    setattr(r, "a" + str(i), i)
print(show(r), getattr(r, "a" + "1"), r.a2)
object.__setattr__(r, "x", "object.__setattr__")
print(r.get())
delattr(r, "a" + "0")
print(list(vars(r)))
try:
    object.__setattr__(r, 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(r, 5, 1)
except TypeError as e:
    print("TypeError:", e)

# __dict__ assigned: the instance uses that very dict; a non-dict is refused; del starts empty.
s = Point(1, 1)
shared = {"x": "shared x", "y": "shared y"}
s.__dict__ = shared
t = Point(2, 2)
t.__dict__ = shared
print(s.get(), t.get(), vars(s) is shared)
s.x = "changed through s"
print(t.get(), shared)
try:
    s.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
del s.__dict__
print(vars(s), vars(t))
s.y = 3
print(vars(s), hasattr(s, "x"))


# Many attributes on one instance, more than a class shares keys for, in two orders.
class Bag:
    pass


def fill(bag, names):
    for n in names:
        setattr(bag, n, len(n))
    return bag


names = [f"attr{i}" for i in range(40)]
b1 = fill(Bag(), names)
b2 = fill(Bag(), names[::-1])
b3 = fill(Bag(), names[:5])
print(list(vars(b1))[:3], list(vars(b1))[-3:], len(vars(b1)))
print(list(vars(b2))[:3], list(vars(b2))[-3:], len(vars(b2)))
print(vars(b3), b1.attr39, b2.attr0, b3.attr4)


# A class whose __setattr__ writes the dict directly; reads go through a cached site.
class Recorded:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        self.__dict__[name] = value
        if name != "log":
            self.log.append(name)


def read_v(o):
    return o.v


rec = Recorded()
for i in range(3):
    rec.v = i
    print(read_v(rec), rec.log, list(vars(rec)))


# Exception subclasses keep attributes too.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


errs = [AppError(1), AppError(2)]
errs[1].detail = "more"
print([vars(e) for e in errs], [e.code for e in errs], str(errs[0]))
del errs[0].code
try:
    errs[0].code
except AttributeError as e:
    print("AttributeError:", e)
