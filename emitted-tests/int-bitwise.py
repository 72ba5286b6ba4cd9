"""Bitwise ops on ints behave as infinite two's complement, including negatives and big ints; shift errors."""
vals = [0, 5, -5, 255, -256, 2 ** 70 + 3, -(2 ** 70)]
for a in vals:
    print(a, ~a, a & 0xFF, a | 1, a ^ -1, a >> 3, a << 5)
print(-1 & 0xFFFFFFFF, -1 >> 100, 1 >> 100, (-5) >> 1, -5 // 2)
print((2 ** 100 - 1) & (2 ** 64 + 5), (2 ** 100) ^ (2 ** 100 - 1), -(2 ** 100) | 7)
print(6 & 3, 6 | 3, 6 ^ 3, True & False, True | 2, True ^ True)
print((5).bit_length(), (-5).bit_length(), (2 ** 100).bit_length(), (0).bit_length())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
x = 0b1010
x |= 0b0101
x &= 0b1100
x ^= 0b0001
x <<= 2
x >>= 1
print(x, format(x, "b"), format(-x, "08b"), format(x, "#x"), format(255, "o"))
