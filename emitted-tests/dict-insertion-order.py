"""dicts preserve insertion order; updating keeps position; delete+reinsert moves to end; equal keys 1/1.0/True merge."""
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), list(d.values()), list(d.items()))
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
d.update({"z": 0, "a": -1})
d.update(y=5)
d.update([("x", 9)])
print(d)
m = {1: "int"}
m[1.0] = "float"
m[True] = "bool"
print(m, len(m))
print(dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])))
merged = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(merged)
merged |= {"a": 0}
print(merged, {**merged, "d": 5}, {"k": 1, "k": 2})
print(d == {"x": 9, "c": 3, "a": -1, "b": 20, "z": 0, "y": 5}, list(reversed(d)), sorted(d, key=d.get))
