"""Classes derived from dict and tuple: the instances are dicts and tuples to every builtin operation
(indexing, len, iteration, in, ==, repr, hash, dict methods, ** unpacking, % formatting) while the
class's own methods, attributes and dunders take precedence."""


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in self.items())


a = AttrDict(x=1, y=2)
a["z"] = 3
print(a, a.x, a.z, len(a), "y" in a, list(a), a.describe(), isinstance(a, dict), type(a).__name__)
print(a == {"x": 1, "y": 2, "z": 3}, {**a}, dict(a), a.get("w", 0), sorted(a.values()), a | {"w": 4})
del a["x"]
a.update(q=9)
print(a, a.pop("q"), a.copy(), type(a.copy()).__name__, bool(AttrDict()), "%(y)s-%(z)s" % a)
attempt(lambda: a.missing)
attempt(lambda: a["missing"])
attempt(lambda: hash(a))


class Registry(dict):
    def __init__(self, name, **entries):
        super().__init__(**entries)
        self.name = name

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)

    def __repr__(self):
        return f"Registry({self.name}, {dict(self)})"


r = Registry("main", a=1)
r["b"] = 2
print(r, r.name, r["a"], r["b"], len(r))


class Pair(tuple):
    def first(self):
        return self[0]


p = Pair([4, 5])
print(p, p.first(), len(p), p[1], p[::-1], p == (4, 5), hash(p) == hash((4, 5)), p + (6,), type(p + p).__name__)
x, y = p
print(x, y, list(p), 5 in p, sorted([Pair([2]), Pair([1, 9])]), Pair(), Pair("ab"), isinstance(p, tuple))
print("%s and %s" % p, p.count(4), p.index(5))
attempt(lambda: Pair(1, 2))
attempt(lambda: p[7])
