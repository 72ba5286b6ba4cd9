"""Generator expressions: own scope, closures over function locals, nesting, next() with defaults, laziness."""


def scaled(xs, k):
    return (x * k for x in xs if x % 2 == 0)


g = scaled(range(10), 3)
print(next(g), next(g), list(g), next(g, "empty"))


def nested(n):
    return list(sum(j for j in range(i)) for i in range(n))


print(nested(6))
print(list((a, b) for a in range(3) for b in range(a)))
words = ["apple", "kiwi", "banana", "fig"]
print(",".join(w.upper() for w in words if len(w) > 3), max(len(w) for w in words))
print(sorted((len(w), w) for w in words), tuple(w[0] for w in words))
x = "module x"
print(list(x for x in "abc"), x)
calls = []


def noisy(v):
    calls.append(v)
    return v


lazy = (noisy(v) for v in range(5))
print(calls, next(lazy), calls, next(lazy), calls)
print(any(noisy(v) > 10 for v in range(20, 30)), calls)
print(dict((k, v) for k, v in zip("ab", range(2))), list(enumerate(c for c in "xy")))
total = 0
for square in (n * n for n in range(5)):
    total += square
print(total)


def make_counters():
    return [(lambda: i) for i in range(3)], [(lambda i=i: i) for i in range(3)]


late, bound = make_counters()
print([f() for f in late], list(f() for f in bound))
try:
    (v for v in 42)
except TypeError as e:
    print("TypeError:", e)
print(3 in (n for n in range(5)), 7 in (n for n in range(5)))
