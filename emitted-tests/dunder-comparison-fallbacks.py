"""== falls back to identity when both sides return NotImplemented; != inverts __eq__; reflected __eq__ tried first for subclasses."""


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("  Loose.__eq__", self.v)
        if isinstance(o, Loose):
            return self.v == o.v
        return NotImplemented


class Sub(Loose):
    def __eq__(self, o):
        print("  Sub.__eq__", self.v)
        return "sub-says"


a = Loose(1)
print(a == Loose(1), a != Loose(2))
print(a == 1, a != 1)
print(a == a)
print(Loose(1) == Sub(1))
print(1 == Sub(2))
print([Loose(3)] == [Loose(3)], Loose(4) in [Loose(4)])
