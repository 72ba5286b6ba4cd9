"""__hash__/__eq__ make objects usable as dict keys and set members; defining __eq__ alone makes a class unhashable."""


class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"


d = {Key(1, 2): "first"}
d[Key(1, 2)] = "overwritten"
d[Key(2, 1)] = "other"
print(d, len(d), d[Key(2, 1)], Key(1, 2) in d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)


class EqOnly:
    def __eq__(self, o):
        return True


try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
print(EqOnly() == 5, EqOnly() != 5, EqOnly() == EqOnly())


class Ident:
    pass


i1, i2 = Ident(), Ident()
print(len({i1, i2, i1}), {i1: 1}[i1], i1 == i2)


class ConstHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, o):
        return self.v == o.v


print(len({ConstHash(1), ConstHash(2), ConstHash(1)}), hash(ConstHash(9)))
