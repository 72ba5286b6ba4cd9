"""input(): parse a small record format (header, rows split on commas, blank line ends section), unicode text."""
title = input().strip()
print("title:", title)
rows = []
while (line := input()) != "":
    name, qty, price = line.split(",")
    rows.append((name.strip(), int(qty), float(price)))
for name, qty, price in sorted(rows, key=lambda r: -r[1] * r[2]):
    print(f"{name:<10}{qty:>3} x {price:6.2f} = {qty * price:8.2f}")
print("grand total:", round(sum(q * p for _, q, p in rows), 2))
words = input().split()
print(len(words), words[::-1], [len(w) for w in words])
numbers = list(map(int, input().split()))
print(sum(numbers), max(numbers), sorted(numbers))
try:
    while True:
        extra = input()
        print("extra:", repr(extra))
except EOFError:
    print("end of input")
