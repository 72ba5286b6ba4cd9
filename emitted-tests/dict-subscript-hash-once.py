# d[key] on a dict: a present key, a missing one (KeyError with the key, __hash__ asked once), keys equal
# across types, and subclasses whose __missing__ or __getitem__ take over.


class Key:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        Key.calls += 1
        print("hash", self.name)
        return hash(self.name)

    def __eq__(self, other):
        print("eq", self.name)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


d = {Key("a"): 1, 1: "one", (1, 2): "pair", "s": "str"}
print(d[Key("a")], d[1], d[1.0], d[True], d[(1, 2)], d["s"])
try:
    d[Key("zz")]
except KeyError as e:
    print("KeyError", e, e.args)
print("hash calls", Key.calls)
for missing in [2, "t", (2, 1), None, 2.5]:
    try:
        d[missing]
    except KeyError as e:
        print("KeyError", repr(e), e.args)
for probe in (lambda: d[[1]], lambda: {}[[1]], lambda: [1] in {}, lambda: {}.get({}), lambda: Key("e") in {}):
    try:
        print(probe())
    except TypeError as e:
        print("TypeError", e)


class Defaulting(dict):
    def __missing__(self, key):
        return f"missing {key}"


class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())


print(Defaulting(x=1)["x"], Defaulting()["y"], Upper(K=5)["k"])
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts[word] + 1 if word in counts else 1
print(counts, counts["a"])
try:
    print(counts[()])
except KeyError as e:
    print("KeyError", repr(e))
