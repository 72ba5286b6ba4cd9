"""hash(): equal numbers hash equal across int/float/bool; tuples hash by content; unhashable types raise."""
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0) == hash(-0.0))
print(hash(42), hash(-7), hash(10 ** 5), hash(2.0) == 2, hash(3.5) == hash(3.5))
print(hash(-1) == hash(-2), hash(-1))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash("abc") == hash("ab" + "c"))
print(hash(None) == hash(None), hash(10 ** 30) == hash(10 ** 30), isinstance(hash("x"), int))
for bad in ([], {}, set(), [1, (2,)], ((1, [2]),)):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


class NoHash:
    def __eq__(self, other):
        return True


print(hash(Key(5)) == hash(5), {Key(1): "one"}[Key(1)], len({Key(2), Key(2), Key(3)}))
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None, object.__hash__ is not None)
