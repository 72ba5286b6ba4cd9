"""Shifts on small and huge ints, negative numbers (arithmetic right shift), negative shift count errors."""
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, 5 << 3, -5 << 3, 0 << 1000, (1 << 200) >> 199)
print(1024 >> 3, 1024 >> 20, -1 >> 5, -1024 >> 3, -1025 >> 3, -7 >> 1, 7 >> 1, (-(1 << 100)) >> 98)
print(~0, ~5, ~-5, ~(1 << 70), -(1 << 70) & 0xFF, (1 << 70) | 1, (1 << 70) ^ ((1 << 70) - 1))
print(-12 & 10, -12 | 10, -12 ^ 10, 255 & -256, 6 & -6, bin(-12 & 0xFF), hex(-1 & 0xFFFFFFFF))
print(bin(10), bin(-10), oct(64), hex(255), hex(-255), bin(0), hex(1 << 64))
print((255).bit_count(), (-255).bit_count(), (1 << 100).bit_count(), True << 3, False >> 1)
for bad in [(1, -1), (1 << 80, -3)]:
    for op in ("<<", ">>"):
        try:
            print(bad[0] << bad[1] if op == "<<" else bad[0] >> bad[1])
        except ValueError as e:
            print(op, "ValueError:", e)
try:
    1.0 << 2
except TypeError as e:
    print("TypeError:", e)
try:
    1 >> 2.0
except TypeError as e:
    print("TypeError:", e)
print(1 >> (1 << 100), -1 >> (1 << 100), 0 << (1 << 100))
n = 0b1011_0110
print(n, [(n >> i) & 1 for i in range(8)], f"{n:08b}", int(f"{n:b}"[::-1], 2))
