"""Zero-argument and explicit super() through a diamond, in classmethods, and super() calls of builtin slots."""


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base.hello"

    @classmethod
    def make(cls):
        return "made " + cls.__name__


class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")

    def hello(self):
        return "Left>" + super().hello()

    @classmethod
    def make(cls):
        return "Left:" + super().make()


class Right(Base):
    def __init__(self):
        super(Right, self).__init__()
        self.log.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Bottom")

    def hello(self):
        return "Bottom>" + super().hello()

    def __repr__(self):
        return "Bottom(" + super().__repr__()[:16] + ")"

    def __str__(self):
        return "str:" + super().__str__()[:7]


b = Bottom()
print(b.log, b.hello(), Bottom.make(), Left.make())
print(repr(b), str(b))
print(super(Left, b).hello(), super(Bottom, b).hello())


class Err(ValueError):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code

    def __str__(self):
        return "Err " + super().__str__()


e = Err(7)
print(e, e.args, e.code, repr(e))


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Plain().ok)


def outside():
    return super()


try:
    outside()
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    super(Left, 5)
except TypeError as ex:
    print("TypeError:", ex)
