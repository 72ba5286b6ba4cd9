"""Multiple inheritance with a diamond: C3 MRO order, cooperative super() calls visit each class once."""


class Base:
    def __init__(self):
        self.trail = ["Base"]

    def who(self):
        return ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")

    def who(self):
        return ["Left"] + super().who()


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")

    def who(self):
        return ["Right"] + super().who()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Bottom")

    def who(self):
        return ["Bottom"] + super().who()


b = Bottom()
print([c.__name__ for c in Bottom.__mro__])
print(b.who())
print(b.trail)


class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass


try:
    class Z(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B2(D, E): pass
class A2(B2, C): pass


print([k.__name__ for k in A2.__mro__])
