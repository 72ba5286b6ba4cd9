"""nonlocal with augmented assignment, tuple unpacking, and the walrus target in a comprehension binding outward."""


def stats(values):
    lo = hi = None
    total = 0

    def feed(v):
        nonlocal lo, hi, total
        total += v
        lo, hi = (v if lo is None or v < lo else lo), (v if hi is None or v > hi else hi)
    for v in values:
        feed(v)
    return lo, hi, total


print(stats([5, -2, 9, 3]))


def walrus_outward():
    data = [3, 8, 1, 9, 4]
    found = [last := x for x in data if x > 2]
    return found, last


print(walrus_outward())


def walrus_nonlocal():
    hit = None

    def scan(xs):
        nonlocal hit
        if any((hit := x) > 5 for x in xs):
            return True
        return False
    r = scan([1, 2, 7, 3])
    return r, hit


print(walrus_nonlocal())

total = 0
[total := total + x for x in range(5)]
print(total)
