"""Dict and set comprehensions, counting/grouping idioms, inverting a dict, nested dicts."""
words = "one two three four five six seven eight nine ten".split()
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(by_len)
print({w: len(w) for w in words if "e" in w})
print({len(w) for w in words}, {w[0] for w in words} == set("otfsen"))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: kv[1]))
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(table, table[2][3])
print({k: v for k, v in zip("abc", range(3))}, {x: x ** 2 for x in range(5) if x % 2 == 0})
print(dict(sorted({"b": 2, "a": 1}.items())), {(i, j): i + j for i in range(2) for j in range(2)})
