"""dict views are live: keys/values/items reflect later mutation; keys and items support set operations."""
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k), "b" in k, 4 in v, ("c", 3) in it, ("c", 4) in it)
print(sorted(k & {"b", "z"}), sorted(k | ["q"]), sorted(k - {"b"}), sorted(k ^ {"b", "y"}))
print(sorted(it & {("b", 2), ("d", 0)}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
print(e.keys(), list(e.items()), bool(e.values()), k.isdisjoint(["x"]))
print(type(k).__name__, type(v).__name__, type(it).__name__)
vals = {1: "x"}.values()
print(vals == {1: "x"}.values(), list(vals) == ["x"])
