"""dict methods: get/setdefault/pop/popitem/keys/values/items views, views reflect later changes, copy is shallow."""
d = {"a": 1, "b": [2]}
print(d.get("a"), d.get("zz"), d.get("zz", "dflt"), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("nope", None), d.popitem(), d)
d["b"] = [2]
keys = d.keys()
vals = d.values()
items = d.items()
d["new"] = 7
print(list(keys), list(vals), list(items), len(keys), "new" in keys, ("new", 7) in items, 7 in vals)
c = d.copy()
c["b"].append("shared")
c["a"] = "changed"
print(d, c)
print(keys & {"a", "zzz"}, sorted(keys | {"q"}), sorted(keys - {"a"}))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["x" + str(k)] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
d.clear()
print(d, bool(d), bool({0: 0}))
