"""range: len, indexing, negative steps, containment, slicing returns range, equality, errors, big bounds."""
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(list(range(5, 0, -2)), list(range(0)), list(range(3, 3)), list(range(-3)), len(range(10, 0, -3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2], range(1, 2))
big = range(10 ** 20)
print(len(big) if False else big[-1], 10 ** 19 in big, big[10 ** 19], range(0, 10 ** 30, 7)[5])
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(101)), max(range(-5, 5)), sorted(range(3), reverse=True), list(reversed(range(1, 4))))
total = 0
for i in range(10, -10, -4):
    total += i
    print(i, end=",")
print(total)
