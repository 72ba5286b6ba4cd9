"""Arbitrary-precision ints: factorials, products across the 64-bit boundary, negative big values, mixed sizes."""
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // 3 ** 20, f % 1000003, -f // 7, -f % 7)
big = 2 ** 200
print(big, big - 1, -big + 1)
print(big * big)
print(big // (2 ** 100 + 1), big % (2 ** 100 + 1))
print((big + 12345) // -(10 ** 30), (big + 12345) % -(10 ** 30))
a = 10 ** 50 + 7
b = 10 ** 25 - 3
print(a * b, a - b * b, divmod(a, b), divmod(-a, b))
print(abs(-big), -(-big) == big, big > 2 ** 199, big == 2.0 ** 200)
print(sum(range(10 ** 6, 10 ** 6 + 1000)) * 10 ** 20)
fib = [0, 1]
while len(fib) < 150:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[93], fib[92])
print(hash(7) == hash(7.0), 12345678901234567890123 // 1, int(-0))
print(3 ** 100 % 2 ** 64, (-3) ** 101)
