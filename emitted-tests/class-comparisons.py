"""Rich comparisons: __eq__/__lt__/__le__, reflected fallback, NotImplemented, sorting user objects, != derived from ==."""


class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"

    def __eq__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        if not isinstance(o, Ver):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        return self == o or self < o

    __hash__ = None


vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.0"), Ver("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.2") == Ver("1.2"), Ver("1.2") != Ver("1.3"), Ver("2") > Ver("1.9"), Ver("1") >= Ver("1"))
print(Ver("1") == "1", Ver("1") != "1", Ver("1") in [Ver("0"), Ver("1")])
try:
    Ver("1") < 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Ver("1"))
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
