# An iterator made by iter() over a builtin iterable keeps one position, whoever advances it: a for loop, a
# generator expression (whose outermost iterable is turned into an iterator when it is created), next(), zip.

it = iter([1, 2, 3, 4, 5, 6])
g = (x * 10 for x in it)
print(next(g), next(it), next(g), list(it), list(g))

r = iter(range(0, 20, 3))
for a in r:
    if a >= 6:
        break
print("after break", next(r), list(r))

s = iter("héllo wörld")
first = [c for c, _ in zip(s, range(4))]
print(first, "".join(s))

t = iter((1, "two", 3.0, None))
print(next(t), [repr(x) for x in t], list(t))

d = {"a": 1, "b": 2, "c": 3}
keys = iter(d)
print(next(keys), sorted(k for k in keys))
values = iter(d.values())
items = iter(d.items())
print(next(values), list(values), next(items), list(items))

# A dict changed while one of its iterators runs: the iterator raises, through a genexpr too.
d2 = {1: 1, 2: 2}
gen = (k for k in iter(d2))
print(next(gen))
d2[3] = 3
try:
    print(list(gen))
except RuntimeError as e:
    print("RuntimeError:", e)

# A list grown while iterated through an iterator object sees the new items.
grow = [1, 2, 3]
seen = []
for x in iter(grow):
    seen.append(x)
    if x < 3:
        grow.append(x + 10)
print(seen)

# Nested: an iterator of an iterator is itself; genexprs over genexprs over iterators.
base = iter(range(10))
print(iter(base) is base, sum(y for y in (x * x for x in base) if y % 2))
print(sum(x for x in range(1000000)), max(len(w) for w in iter(["a", "bbb", "cc"])))
e = enumerate(iter("abc"), 1)
print(list(e), list(zip(iter([1, 2, 3]), iter((4, 5)))))
