# Ints around the int64 and 128-bit boundaries: every operator's results against values that straddle
# 2**63, 2**64 and 2**127 (the limits of the runtime's 128-bit paths), with both signs.

edges = []
for base in (2**62, 2**63, 2**64, 2**126, 2**127, 2**128):
    for d in (-2, -1, 0, 1):
        edges.append(base + d)
edges += [0, 1, 2, 3, 7, 10, 1000, 6364136223846793005, 1442695040888963407]
values = sorted(set(edges + [-e for e in edges]))

checksum = 0
lines = 0
for a in values:
    for b in values:
        results = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b != 0:
            results += [a // b, a % b, divmod(a, b)[0]]
        if 0 <= b < 200:
            results += [a >> b, a << (b % 70)]
        for r in results:
            checksum = (checksum * 1000003 + hash(r)) % (2**61 - 1)
        lines += 1
print(lines, checksum)

# types and identities of the results: small when they fit, whatever the operands were
x = 2**64 + 5
print(type(x - 2**64), x - 2**64, (x - 2**64) == 5, {x - 2**64: "small"}[5])
print(-(2**63) - 1, -(2**63) - 1 + 1, (-(2**63) - 1 + 1) == -(2**63))
print((2**127 - 1) + 1, (2**127 - 1) * 2, -(2**127) // -1, -(2**127) % 3, (2**127) >> 1)
print((-(2**64)) // 3, (-(2**64)) % 3, (2**64) // -3, (2**64) % -3, (-(2**64)) % -3)
print((-(2**100)) >> 1, (-(2**100)) >> 100, (-(2**100)) >> 101, (-(2**100)) >> 1000, (2**100) >> 1000)
print(-(2**64) & (2**64 - 1), -(2**64) | 1, (2**64 + 1) ^ -1, ~(2**64))

# a 64-bit LCG, the kind of loop the 128-bit paths exist for
x = 42
acc = 0
for _ in range(1000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    acc ^= x >> 40
print(x, acc)

for a, b in ((2**64, 0), (2**127, 0), (-(2**64), 0)):
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("//", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("%", e)
