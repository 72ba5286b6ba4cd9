"""Ints crossing the signed 64-bit range promote silently: no wraparound on +, -, *, <<, negation, abs."""
M = 9223372036854775807
m = -9223372036854775808
print(M + 1, m - 1, -m, abs(m), M * 2, m * m)
print(M * M, M * -M, (M + 1) // 2, m // -1, m % -1, divmod(m, -1))
print(1 << 63, 1 << 64, -1 << 63, (1 << 63) - 1 == M)
print(2 ** 63, 2 ** 64 - 1, -(2 ** 63) == m)
x = 1
for i in range(70):
    x = x * 2
    if i in (61, 62, 63, 64, 69):
        print(i, x, x - 1, -x)
y = M
y += 1
y -= 1
print(y == M, type(y).__name__)
print(4294967296 * 4294967296, 3037000499 * 3037000499, 3037000500 * 3037000500)
print(sum([M, M, M]), max(M + 1, M), min(m - 1, m))
print(int(str(M + 1)) - 1 == M, M + 1 > M, m - 1 < m)
