"""dict.fromkeys shares one value object; copy is shallow; equality ignores order; dict() constructor forms."""
d = dict.fromkeys("abc", [])
d["a"].append(1)
print(d, d["b"] is d["c"])
z = dict.fromkeys(range(3))
print(z, dict.fromkeys([], 0), dict.fromkeys(["x", "x", "y"], 7))
orig = {"list": [1, 2], "n": 1}
shallow = orig.copy()
shallow["list"].append(3)
shallow["n"] = 99
print(orig, shallow)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
print(dict(a=1, b=2), dict([(1, "one"), [2, "two"]]), dict({"k": "v"}, k2="v2"), dict(zip("xy", range(2))))
print({1: "int", 1.0: "float", True: "bool"}, {0: "a", False: "b"})
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    {[]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
nested = {"outer": {"inner": {"leaf": 1}}}
nested["outer"]["inner"]["leaf"] += 1
nested["outer"].setdefault("other", {})["x"] = 5
print(nested, len(nested["outer"]))
print(repr({}), str({"q": "'"}), {"s": "a\"b"}, {(1, 2): None, None: (1,)})
