"""super().m() remembered per class of self (ClassObject::super_cache): the function found after __class__
in the MRO of type(self), seen again only while no class of that MRO changed. Methods replaced or deleted
after calls, diamonds (where the next class is not the base's MRO), several classes of self through one
super() call, and names that super() finds as something other than a function."""


class A:
    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B>" + super().who()

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C>" + super().who()

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def who(self):
        return "D>" + super().who()

    def chain(self):
        return ["D"] + super().chain()


for obj in [B(), C(), D(), B(), D()]:
    print(type(obj).__name__, obj.who(), obj.chain())

# a base method replaced after calls: every class whose MRO holds it sees the change
A.who = lambda self: "A2"
print([obj.who() for obj in [B(), C(), D()]])
C.who = lambda self: "C2"
print([obj.who() for obj in [B(), C(), D()]])
del C.who
print([obj.who() for obj in [B(), C(), D()]])


def b_who(self):
    return "B3>" + super(B, self).who()


B.who = b_who
print([obj.who() for obj in [B(), D()]])


# super() finding a property, a class attribute, a staticmethod or nothing
class Base:
    kind = "base"

    @property
    def prop(self):
        return "prop of " + type(self).__name__

    @staticmethod
    def static(x):
        return x * 2

    def method(self):
        return "method"


class Derived(Base):
    def read(self):
        return super().prop, super().kind, super().static(21), super().method()

    def missing(self):
        return super().nothing()


for _ in range(2):
    print(Derived().read())
    try:
        Derived().missing()
    except AttributeError as e:
        print("AttributeError:", e)

Base.method = lambda self: "method2"
Base.kind = "base2"
print(Derived().read())


# super().__init__ reaching object's, and a class-level __class__ lookup
class Plain:
    def __init__(self):
        super().__init__()
        self.cls = super().__class__.__name__


print([Plain().cls for _ in range(2)])


# the same super() call with instances of several subclasses
class Root:
    def step(self):
        return "root"


class Mid(Root):
    def step(self):
        return "mid/" + super().step()


class Left(Mid):
    pass


class Right(Mid):
    def step(self):
        return "right/" + super().step()


for _ in range(2):
    print([o.step() for o in [Mid(), Left(), Right()]])
Root.step = lambda self: "root2"
print([o.step() for o in [Mid(), Left(), Right()]])
