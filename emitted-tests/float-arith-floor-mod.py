"""Float floor division and modulo with negatives; mixed int/float; true division of ints returns float."""
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5, 0.3), (-1e-20, 1.0), (1e-20, -1.0)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 10 ** 20 / 10 ** 10, 2 ** 60 / 3)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -0.0 % 5, 0.0 % -5)
print(3 * 1.5, 3 + 0.5, 10 - 0.25, type(3 + 0.0).__name__, True + 0.5)
print(abs(-3.5), abs(-0.0), -(0.0), 1e300 * 1e-300)
x = 10
x /= 4
print(x, type(x).__name__)
y = 2.0
y **= 10
y //= 3
print(y)
print(0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1e16 + 1, 1e16 + 2, 2.0 ** 0.5 * 2.0 ** 0.5)
