"""Class bodies: names read namespace-first then globals/builtins, docstrings, nested classes' qualnames, attributes computed from earlier ones."""
x = "global x"
len = len


class Outer:
    """Outer's doc."""
    x = "class x"
    y = x + "!"
    z = [x for _ in range(2)]
    n = len([1, 2])

    class Inner:
        def where(self):
            return type(self).__qualname__ + " " + x

    def method(self):
        return x

    def nested(self):
        def helper():
            return Outer.Inner.__qualname__
        return helper


print(Outer.x, Outer.y, Outer.z, Outer.n, Outer.__doc__)
print(Outer.Inner().where(), Outer().method(), Outer().nested()(), Outer.nested.__qualname__)
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.Inner.__name__)


def factory(tag):
    class Made:
        label = tag
        shout = tag.upper()

        def get(self):
            return tag + "/" + self.label

    return Made


M = factory("abc")
print(M.label, M.shout, M().get(), M.__qualname__, repr(M)[:8])
print(Outer.__doc__, factory.__name__)


class Counter:
    count = 0
    count += 1
    del count
    count = 10


print(Counter.count)
try:
    class Broken:
        print(undefined_name_here)
except NameError as e:
    print("NameError:", e)
