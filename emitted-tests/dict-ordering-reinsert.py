"""dict order: updating a key keeps its position, delete+reinsert moves it to the end, sorted() views."""
d = {"one": 1, "two": 2, "three": 3}
d["one"] = 100
print(list(d))
del d["one"]
d["one"] = 1
print(list(d), d)
d.update(two=22, four=4)
print(list(d.items()))
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
ordered = {k: v for k, v in sorted({"b": 2, "a": 1, "c": 0}.items())}
by_value = dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(ordered, by_value)
first = next(iter(d))
last = next(reversed(d))
print(first, last)
inv = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inv)
m = {}
for i in [3, 1, 2, 1, 3]:
    m[i] = m.get(i, 0) + 1
print(m, list(m.keys()), list(m.values()))
x = {10: "a", 2: "b", 33: "c", -1: "d"}
print(x, sorted(x), sorted(x.values(), reverse=True), min(x), max(x.items()))
