# lst.append(x) and d.get(k[, default]) run in place on a list and a dict; the same names on anything else
# (a dict subclass, user classes, other builtins, missing methods) behave as ordinary method calls, with CPython's
# order of evaluation and errors.


def trace(label, value):
    print("eval", label)
    return value


items = []
items.append(1)
items.append(items)
items.append(items[0])
print(len(items), items[0], items[2], items[1] is items)

d = {"a": 1, 2: "two"}
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.get(2.0, "x"), d.get(trace("key", "a"), trace("default", 5)))


class Lookup(dict):
    def get(self, key, default=None):
        print("Lookup.get", key)
        return super().get(key, default)


class Box:
    def __init__(self):
        self.got = []

    def append(self, *xs):
        self.got.append(xs)
        return len(self.got)

    def get(self, key):
        return f"Box.get({key})"


print(Lookup(k=1).get("k"), Lookup().get("q", "dflt"))
box = Box()
print(box.append(1), box.append(), box.got, box.get(7))


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return 1

    def __eq__(self, other):
        print("eq", self.name)
        return False


keyed = {Key("stored"): 1}
print(keyed.get(Key("probe"), "absent"))
for target, call in [(3, lambda: (3).append(1)), ("s", lambda: "s".get(1)), (None, lambda: None.append(2)),
                     ([], lambda: [].append()), ({}, lambda: {}.get()), ({}, lambda: {}.get(1, 2, 3)),
                     ({}, lambda: {}.get([1]))]:
    try:
        print(call())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)


def missing_first():
    # the method is looked up before the arguments are evaluated
    return (5).append(trace("argument", 1))


try:
    missing_first()
except AttributeError as e:
    print("AttributeError", e)

counts = {}
for word in "the cat the hat the end".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
grid = []
for r in range(3):
    row = []
    for c in range(3):
        row.append(r * c)
    grid.append(row)
print(grid)
