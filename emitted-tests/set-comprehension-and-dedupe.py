"""set comprehensions and dedupe patterns: order-preserving dedupe via dict, membership-driven filtering."""
words = ["pear", "apple", "pear", "fig", "apple", "kiwi"]
unique = sorted({w for w in words})
print(unique, len(unique))
seen = set()
ordered = []
for w in words:
    if w not in seen:
        seen.add(w)
        ordered.append(w)
print(ordered, list(dict.fromkeys(words)))
lengths = {len(w) for w in words}
print(sorted(lengths), sorted({w[0] for w in words if len(w) > 3}))
squares = {n * n for n in range(-4, 5)}
print(sorted(squares), len(squares))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes))
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes))
grid = {(x, y) for x in range(3) for y in range(3)}
neighbours = {(x + dx, y + dy) for (x, y) in [(1, 1)] for dx in (-1, 0, 1) for dy in (-1, 0, 1)} & grid
print(len(neighbours), (1, 1) in neighbours, sorted(grid - neighbours))
