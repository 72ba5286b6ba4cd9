"""dict.keys()/items() are set-like: | & - ^ with sets, views and other iterables, on either side."""
d = {1: "a", 2: "b", 3: "c"}
e = {2: "x", 3: "c", 4: "y"}
print(d.keys() | {9}, {9} | d.keys(), d.keys() & e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.keys() & [1, 5], [3, 4] & d.keys() if False else None, d.keys() - [1], d.keys() | range(5, 7))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), (3, "c") in d.items(), (3, "x") in d.items())
print(d.keys() == {1, 2, 3}, {1, 2, 3} == d.keys(), d.keys() == e.keys(), d.keys() == {1: 0, 2: 0, 3: 0}.keys())
print(d.keys() & {2, 3, 100}, {2, 3, 100, 200} & d.keys(), len(d.keys() | e.keys()))
v = d.values()
print(2 in d.keys(), "b" in v, "z" in v, d.keys() <= {1, 2, 3, 4}, d.keys() < {1, 2, 3}, d.items() >= {(1, "a")})
