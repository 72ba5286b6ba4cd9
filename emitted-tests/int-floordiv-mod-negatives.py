"""Floor division and modulo round toward negative infinity; the sign of % follows the divisor."""
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10 ** 20), (-1, 10 ** 20)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(-(10 ** 30) // 7, -(10 ** 30) % 7, (10 ** 30) // -7, (10 ** 30) % -7)
x = -17
x //= 5
print(x)
y = -17
y %= 5
print(y)
print(True // 1, False % 3, -True // 2)
for n in range(-5, 6):
    print(n % 4, n // 4, end=" | ")
print()
