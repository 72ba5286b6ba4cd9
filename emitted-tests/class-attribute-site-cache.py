# One `obj.attr` site remembers where it last found the attribute; instances of other classes, dicts whose
# keys sit elsewhere, deleted and re-added attributes, and class changes must all still read correctly.


class A:
    def __init__(self, x):
        self.x = x


class B:
    def __init__(self, x):
        self.y = 0
        self.x = x  # at another position in the dict


class C(A):
    pass


def read_x(o):
    return o.x


def bump_x(o):
    o.x += 1


objs = [A(1), B(2), C(3), A(4)]
for _ in range(3):
    print([read_x(o) for o in objs])
    for o in objs:
        bump_x(o)

# An attribute deleted and re-added moves to the end of the instance dict.
a = objs[0]
a.z = "z"
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 100
print(read_x(a), list(a.__dict__))
bump_x(a)
print(read_x(a), objs[3].x)

# The instance dict changed directly.
a.__dict__["x"] = 7
print(read_x(a))
vars(a).clear()
try:
    bump_x(a)
except AttributeError as e:
    print("AttributeError:", e)


# A class attribute read through an instance, then shadowed by an instance attribute, then the class one
# changed.
class K:
    x = "class x"


k = K()
print(read_x(k))
k.x = "instance x"
print(read_x(k))
del k.x
K.x = "new class x"
print(read_x(k))


# A property appearing on the class after the site cached a dict slot: the property wins from then on.
class P:
    def __init__(self):
        self.x = 1


p = P()
for _ in range(3):
    bump_x(p)
print(read_x(p))


class Props:
    @property
    def x(self):
        return "property x"

    @x.setter
    def x(self, value):
        print("setter got", value)


P.x = Props.__dict__["x"]
print(read_x(p))
bump_x(p)  # the property's getter gives a str: "property x" + 1 fails
