"""range: iteration with negative steps, reversed, membership of non-ints, index errors, repr, bool, hashing."""
print(list(range(10, 0, -3)), list(reversed(range(0, 10, 3))), list(reversed(range(5, -5, -4))))
print(range(5), range(1, 5), range(1, 5, 2), range(0, -3, -1), repr(range(-2, 2)))
print(bool(range(0)), bool(range(3, 1)), bool(range(1)), len(range(-5, 5, 3)))
print(3.0 in range(5), 2.5 in range(5), "a" in range(5), True in range(2))
print(range(0, 3) == range(0, 3, 1), range(1, 1) == range(2, 2), range(0, 5, 2) != range(0, 6, 2))
print(hash(range(3)) == hash(range(0, 3)), {range(3): "r"}[range(0, 3, 1)])
r = range(3, 30, 4)
print(r.index(7), r.count(7), r.count(8), r.start, r.stop, r.step)
try:
    r.index(8)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[-4]
except IndexError as e:
    print("IndexError:", e)
try:
    range("3")
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
it = iter(range(3))
print(next(it), list(it), list(it))
total = 0
for i in range(100, 0, -7):
    total += i
print(total, sum(range(-10, 11)), min(range(5, 10)), max(range(5, 10, 2)))
print(list(range(3)) * 2, [i for i in range(20) if i % 7 == 3], list(zip(range(3), range(10, 0, -1))))
