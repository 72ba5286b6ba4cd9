"""collections.Counter: counting iterables, mappings and keywords, missing keys, most_common's order on
ties, elements, update/subtract, the multiset operators and comparisons, total, repr, dict behaviour."""
from collections import Counter


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("abracadabra")
print(c, len(c), c["a"], c["z"], "z" in c, sorted(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(10), c.most_common(1))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(Counter({"x": 3, "y": 1}), Counter(x=1, y=2), Counter(), Counter([1, 1, 2, (1, 2), (1, 2)]))
print(Counter("aab", b=5), Counter(None), Counter(c))
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], wc.total())

# ties keep first-insertion order
print(Counter("bbaacc").most_common(), Counter([3, 1, 2, 1, 2, 3]).most_common(2))

# update and subtract
u = Counter("aa")
u.update("ab")
u.update({"b": 10, "c": -2})
u.update(d=4)
print(u)
u.subtract("aaaa")
u.subtract({"b": 1}, )
u.subtract(e=3)
print(u, u.total())
fresh = Counter()
fresh.update({"k": 2})
print(fresh)

# a missing key reads as 0 and is not inserted; += inserts
m = Counter()
print(m["nope"], len(m))
m["new"] += 1
m["new"] += 1
print(m, dict(m))
del m["absent"]
del m["new"]
print(m)

# operators drop counts that are not positive
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
print(b - a, Counter() + Counter(), Counter(x=0) + Counter())
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=5, z=1)
print(x)
x &= Counter(a=4, c=1)
print(x)

# comparisons (3.10+): missing elements count as zero
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=2, b=0), Counter(a=2) > Counter(a=1))

# a dict in every other way
d = Counter("hello")
print(isinstance(d, dict), isinstance(d, Counter), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("l"), d.get("q"), d.get("q", 7), d.pop("h"), d.setdefault("w", 9), d)
print(sorted(d, key=d.get), max(d, key=d.get), {**d}, dict(d) == d, d.copy(), type(d.copy()).__name__)
for k, v in sorted(d.items()):
    print(k, v, end=" ")
print()
d.clear()
print(d, bool(d), repr(d), Counter("ab") == Counter("ba"))

# counts need not be ints
f = Counter({"a": 1.5, "b": 0.5})
print(f, f.total(), f.most_common(1))
print(Counter({"p": "x", "q": 2}))

attempt(lambda: Counter(1))
attempt(lambda: Counter("a", "b"))
attempt(lambda: Counter() + {})
attempt(lambda: Counter() - 1)
attempt(lambda: Counter("a") < 1)
attempt(lambda: Counter().most_common("a"))
attempt(lambda: Counter("aab").most_common(1.5))
attempt(lambda: Counter("aab").most_common(1.0))
attempt(lambda: Counter("aab").most_common(2.0))
attempt(lambda: Counter("aab").most_common(True))
attempt(lambda: Counter.fromkeys("ab"))
attempt(lambda: hash(Counter()))
attempt(lambda: Counter().total(1))
attempt(lambda: Counter().nothing)
attempt(lambda: list(Counter(a=2.5).elements()))


class Tally(Counter):
    def top(self):
        return self.most_common(1)[0][0]


t = Tally("mississippi")
print(t, t.top(), type(t).__name__, isinstance(t, Counter), t["q"], type(t + t).__name__)
