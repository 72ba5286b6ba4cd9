# super().m(...) in a method: plain functions are called directly, everything else (properties, class and
# static methods, builtin methods, missing names, changed classes) goes through the super object, with
# CPython's order of evaluation and errors.


def trace(label, value):
    print("arg", label)
    return value


class Base:
    def greet(self, who, punct="!"):
        return f"Base.greet({who}){punct}"

    @property
    def size(self):
        return 10

    @classmethod
    def make(cls, n):
        return f"{cls.__name__}.make({n})"

    @staticmethod
    def helper(x):
        return x * 2

    def __repr__(self):
        return "Base()"


class Middle(Base):
    def greet(self, who, punct="?"):
        return "Middle>" + super().greet(who, punct)


class Leaf(Middle):
    def greet(self, who, punct="."):
        return "Leaf>" + super().greet(trace("who", who), punct=trace("punct", punct))

    def size_of_parent(self):
        return super().size

    def made(self):
        return super().make(3), super().helper(21)

    def text(self):
        return super().__repr__(), super().__str__()

    def missing(self):
        return super().nothing_here()

    def klass(self):
        return super().__class__

    def init_chain(self):
        return super().__init__()


print(Leaf().greet("ann"))
print(Middle().greet("bob"))
leaf = Leaf()
print(leaf.size_of_parent(), leaf.made(), leaf.text(), leaf.klass(), leaf.init_chain())
try:
    leaf.missing()
except AttributeError as e:
    print("AttributeError:", e)


# The method is found before the arguments are evaluated; an argument that changes the class does not
# change the call.
class Original:
    def greet(self, who, punct):
        return f"Original.greet({who}){punct}"


class Changing(Original):
    def greet(self, who, punct="!"):
        return super().greet(rebind(), punct)


def rebind():
    Original.greet = lambda self, who, punct: "replaced"
    return "carl"


print(Changing().greet("x"))
print(Changing().greet("x"))


# Errors: no first argument, a deleted first argument, self not an instance of the class.
class Odd(Base):
    def no_args():
        return super().greet("x")

    def deleted(self):
        del self
        return super().greet("x")

    def other(self):
        return super().greet("y")


for call in (lambda: Odd.no_args(), lambda: Odd().deleted(), lambda: Odd.other(42)):
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


# Multiple inheritance: the MRO after __class__, not after type(self)'s first base.
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), B().who())


# A class method calling super() has the class as its first argument.
class Factory(Base):
    @classmethod
    def make(cls, n):
        return "Factory>" + super().make(n + 1)


print(Factory.make(1), Factory().make(2))


# An instance attribute of the same name does not hide the class's method from super().
class Shadow(Base):
    def __init__(self):
        self.greet = "instance attribute"

    def call_parent(self):
        return super().greet("dee")


print(Shadow().call_parent())
