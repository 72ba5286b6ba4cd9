"""dict mutators: setdefault, pop with/without default, popitem LIFO, update from pairs/kwargs, |, |=, get, clear."""
d = {}
print(d.setdefault("x", []), d.setdefault("x", [1]), d.setdefault("y"), d)
d["x"].append(5)
print(d, d.get("z"), d.get("z", 0), d.get("x"))
print(d.pop("y"), d.pop("missing", "dflt"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d.update([("a", 1), ("b", 2)], c=3)
d.update({"a": 10}, x=None)
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
m = {"k": 1} | {"k": 2, "j": 3}
m |= [("z", 26)]
print(m, {"a": 1} | {}, {} | {"b": 2})
try:
    d.update([("only",)])
except ValueError as e:
    print("ValueError:", e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError:", e)
d.clear()
print(d, len(d))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
