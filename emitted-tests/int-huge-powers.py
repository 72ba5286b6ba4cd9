"""Huge integer powers and arithmetic: exact digits, digit sums, modular checks, negative bases, floor division."""
a = 2 ** 1000
print(len(str(a)), str(a)[:20], str(a)[-20:], sum(map(int, str(a))))
b = 3 ** 500 - 7 ** 200
print(b > 0, len(str(b)), b % 1000007, b // 10 ** 230, -b // 10 ** 230)
f = 1
for i in range(1, 101):
    f *= i
print(len(str(f)), str(f).rstrip("0")[-10:], len(str(f)) - len(str(f).rstrip("0")))
print((-3) ** 41, (-2) ** 64, 10 ** 40 // 3, -(10 ** 40) // 3, 10 ** 40 % 7, -(10 ** 40) % 7)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1 + 1, (2 ** 64) * (2 ** 64) == 2 ** 128)
x = 12345678901234567890123456789
print(x * x, x // 987654321, x % 987654321, divmod(-x, 10 ** 10))
print(x.bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (0).bit_length())
print(abs(-x) == x, -x < x, x == x + 0, x > 2 ** 90, x < 2 ** 100, hash(2 ** 10) == 1024)
print(2 ** 100 / 2 ** 99, 10 ** 30 / 10 ** 29, 7 ** 30 / 7 ** 29, float(2 ** 80), int(float(2 ** 80)) == 2 ** 80)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) // (10 ** 399), 10 ** 400 % 9, 10 ** 400 == 10 ** 400, 10 ** 400 > 1e308)
