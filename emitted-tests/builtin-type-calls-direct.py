# int(x), str(x) and float(x) of the builtins are their constructors called directly; a local, parameter or
# class attribute of the same name, or builtins.int replaced, is an ordinary call again.
import builtins


class Number:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __index__(self):
        return 7

    def __str__(self):
        return "Number!"


class BadStr:
    def __str__(self):
        return 5


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for value in ["12", " -7 ", "1_000", "0x10", "x", "", 3.99, -3.99, True, 10**30, Number(), None, [1], "١٢"]:
    show(f"int {type(value).__name__}", lambda: int(value))
for value in ["1.5", " -inf ", "nan", "1e500", "x", 7, True, Number(), None, "1_0.5"]:
    show(f"float {type(value).__name__}", lambda: float(value))
for value in [1, -0.0, 1e22, None, True, "s", b"b", [1, "a"], (1,), {1: 2}, Number(), BadStr()]:
    show(f"str {type(value).__name__}", lambda: str(value))


def shadowed(int, str=repr):
    return int("5"), str("x")


print(shadowed(float))


class Holder:
    float = staticmethod(lambda x: "Holder.float")
    value = float(3)


print(Holder.value, Holder.float(1))
original = builtins.int
builtins.int = lambda x: f"replaced int({x})"
print(int("9"))
builtins.int = original
print(int("9"), f"{'constant only'}", f"{5}", f"{5:03d}", f"{'x'!r}", f"", f"{3.5}{''}")


class Returns:
    def __init__(self, value):
        self.value = value

    def __int__(self):
        return self.value

    def __float__(self):
        return self.value


class OnlyIndex:
    def __index__(self):
        return 3


for value in ["s", 2.5, 10**20, 4]:
    show(f"int returns {type(value).__name__}", lambda: int(Returns(value)))
    show(f"float returns {type(value).__name__}", lambda: float(Returns(value)))
show("int index", lambda: int(OnlyIndex()))
show("float index", lambda: float(OnlyIndex()))
