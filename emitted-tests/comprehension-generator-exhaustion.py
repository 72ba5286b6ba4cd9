"""Generator expressions are single-use: consuming twice yields nothing the second time; lists can be reused."""
gen = (x * x for x in range(5))
print(sum(gen), sum(gen), list(gen))
squares = [x * x for x in range(5)]
print(sum(squares), sum(squares))
g = (c for c in "abc")
print(next(g), list(g), next(g, "exhausted"))
it = iter([1, 2, 3, 4])
evens = (v for v in it if v % 2 == 0)
print(next(evens), next(it), list(evens))
g2 = (i for i in range(3))
print(1 in g2, list(g2))
g3 = (i for i in range(6))
print(4 in g3, list(g3))
g4 = (w for w in ["x", "y"])
print(max(g4), max((), default="none"), min(g4, default="empty"))
pairs = ((i, j) for i in range(2) for j in range(2))
print(dict.fromkeys(pairs), list(pairs))
data = [3, 1, 2]
lazy = (d * 10 for d in data)
data.append(4)
print(list(lazy))
data = [100]
lazy2 = (d for d in data)
data = [200]
print(list(lazy2))
print(type(gen).__name__, all(x for x in []), any(x for x in []))
