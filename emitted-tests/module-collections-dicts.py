"""collections.defaultdict and OrderedDict: default factories and __missing__, repr, dict methods on them,
move_to_end and popitem(last=), order-sensitive equality, | and copies, and their subclasses."""
from collections import defaultdict, OrderedDict


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


groups = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    groups[word[0]].append(word)
print(groups, len(groups), groups["a"], isinstance(groups, dict), groups.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()), counts["zz"], "zz" in counts, len(counts))
print(counts.get("nope"), "nope" in counts, counts.pop("zz"), list(counts))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print(dict(nested["x"]), len(nested), nested["x"]["y"])
sets = defaultdict(set, {"pre": {1}}, extra={2})
sets["pre"].add(3)
print(sets, defaultdict(), defaultdict(None, a=1), defaultdict(str)["k"] == "")


def factory():
    return "made"


made = defaultdict(factory)
print(made["q"], dict(made), dict(made.copy()), type(made.copy()).__name__, made.copy().default_factory is factory)
made.default_factory = None
attempt(lambda: made["missing"])
made.default_factory = list
print(made["now"], made)
print(defaultdict(int, a=1) | {"b": 2}, {"z": 0} | defaultdict(int, a=1), defaultdict.fromkeys("ab", 0))
d2 = defaultdict(int)
d2 |= {"q": 1}
print(d2, d2 == {"q": 1}, {"q": 1} == d2)
attempt(lambda: defaultdict(1))
attempt(lambda: defaultdict(list, 1, 2))
attempt(lambda: hash(defaultdict()))
attempt(lambda: defaultdict().nothing)
attempt(lambda: defaultdict()["k"])

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(reversed(od)))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
od.move_to_end("c", False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(x=1, y=2), OrderedDict([("k", 1), ("j", 2)]), OrderedDict({"m": 0}), OrderedDict())
p = OrderedDict(a=1, b=2)
q = OrderedDict(b=2, a=1)
print(p == q, p != q, p == dict(q), dict(q) == p, p == {"a": 1, "b": 2}, p.copy() == p, type(p.copy()).__name__)
print(p | {"c": 3}, {"c": 3} | p, OrderedDict.fromkeys("xy"), p.setdefault("z", 26), p.get("a"), p)
del p["a"]
p.update({"a": 5})
print(p, len(p), "a" in p, p.pop("b"), p)
print(OrderedDict(sorted({"b": 2, "a": 1}.items())), isinstance(p, dict))
attempt(lambda: OrderedDict().popitem())
attempt(lambda: OrderedDict().move_to_end("x"))
attempt(lambda: OrderedDict().move_to_end())
attempt(lambda: OrderedDict().popitem(1, 2))
attempt(lambda: OrderedDict(1, 2))
attempt(lambda: hash(OrderedDict()))
attempt(lambda: OrderedDict()["k"])
attempt(lambda: OrderedDict().nothing)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get_item(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            self.popitem(last=False)


cache = LRU(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get_item(1))
cache.put(3, 3)
print(cache.get_item(2), cache, cache.capacity, isinstance(cache, OrderedDict))


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)

    def __repr__(self):
        return "Tree" + repr(dict(self))


t = Tree()
t["a"]["b"]["c"] = 1
print(t, type(t["x"]).__name__)


class Plain(dict):
    def __missing__(self, key):
        return key * 2


pd = Plain(a=1)
print(pd["a"], pd["zz"], pd, len(pd), pd == {"a": 1}, isinstance(pd, dict), pd.get("zz"))
