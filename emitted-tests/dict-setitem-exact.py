# d[k] = v on an exact dict (assigned inline, without the generic item assignment): new and existing keys,
# keys whose __hash__/__eq__ run Python code (and mutate the dict meanwhile), unhashable keys, and dict
# subclasses and other containers, which keep the generic path.


class Key:
    def __init__(self, name, target=None):
        self.name = name
        self.target = target

    def __hash__(self):
        print("hash", self.name)
        if self.target is not None:
            self.target["from_hash_" + self.name] = 1
        return len(self.name)

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name!r})"


d = {}
d["a"] = 1
d["a"] = 2
d[1] = "one"
d[1.0] = "float one"
d[True] = "true"
d[(1, "x")] = "tuple"
d[None] = "none"
print(d)

m = {}
m[Key("ab", m)] = "first"
m[Key("cd", m)] = "same length, not equal"
m[Key("ab")] = "replaced"
print(list(m.items()))

for bad in ([1], {}, {1}, ([1], 2)):
    try:
        d[bad] = 0
    except TypeError as e:
        print("TypeError", e)
print(len(d))


class Logged(dict):
    def __setitem__(self, key, value):
        print("Logged.__setitem__", key, value)
        super().__setitem__(key, value * 2)


class Plain(dict):
    pass


lg = Logged()
lg["x"] = 5
p = Plain()
p["y"] = 6
p["y"] += 1
print(lg, p, type(p).__name__)

nums = [0, 1, 2]
nums[-1] = "last"
nums[0] = "first"
try:
    nums[3] = "beyond"
except IndexError as e:
    print("IndexError", e)
try:
    (1, 2)[0] = 3
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("TypeError", e)
print(nums)

counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
