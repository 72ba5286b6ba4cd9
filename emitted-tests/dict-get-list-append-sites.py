# `d.get(k)`, `lst.append(x)` and `k in d` through their method sites: keys that are equal across types (1,
# 1.0, True), keys of a class with its own __hash__ and __eq__ (which run, and may see the dict), the
# argument-count errors, and the same sites reached by values of other types.


class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        print("hash", self.name)
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


def lookups(d, keys):
    out = []
    for k in keys:
        out.append((d.get(k), d.get(k, "dflt"), k in d))
    return out


d = {1: "one", "s": "str", None: "none", (1, 2): "tuple"}
print(lookups(d, [1, 1.0, True, "s", None, (1, 2), (1.0, 2), 2, "t", False]))
d2 = {Key("a", 1): "A", Key("b", 1): "B"}
print(lookups(d2, [Key("a", 1), Key("b", 1), Key("c", 1), Key("d", 2)]))
print(lookups({1.0: "float"}, [1, True, 1.0]))

try:
    d.get()
except TypeError as e:
    print("TypeError", e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    d.get([])
except TypeError as e:
    print("TypeError", e)
try:
    [] in d
except TypeError as e:
    print("TypeError", e)


def collect(target, items):
    for x in items:
        target.append(x)
    return target


lst = collect([], range(5))
lst = collect(lst, "ab")
print(lst, collect([lst[0]], [lst]) [1] is lst)
try:
    lst.append()
except TypeError as e:
    print("TypeError", e)
try:
    lst.append(1, 2)
except TypeError as e:
    print("TypeError", e)
append = lst.append
append("bound")
print(lst[-1], len(lst))


class Recorder:
    def __init__(self):
        self.seen = []

    def append(self, x):
        self.seen.append(("rec", x))

    def get(self, k, default=None):
        return "Recorder.get %s %s" % (k, default)


rec = collect(Recorder(), [1, 2])
print(rec.seen, lookups(Recorder(), [5])[0][:2])


class Counts(dict):
    def get(self, k, default=None):
        return "Counts.get"


print(lookups(Counts(a=1), ["a"]))


# A __hash__ that rebinds the global the key came from, and an __eq__ that empties the dict it is compared in.
class Rebinder:
    def __hash__(self):
        global key
        key = "rebound"
        return 7

    def __eq__(self, other):
        return self is other


key = Rebinder()
table = {key: "found"}
print(table.get(key), key)
