# Integer arithmetic with a literal beyond int64 (and below 2**127) is computed in 128-bit integers behind one
# guard. Each case meets that path at a boundary (results at +-2**63, +-2**64, +-2**127) or leaves it part way (a
# result beyond 2**127, a zero divisor, a negative shift, a float, a big int leaf of 2**127 or more, an unbound
# local) and must give exactly what the general operators give, types and exceptions included.
EDGES = [0, 1, -1, 2, -2, 3, -7, 1000, 2**62, 2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64 - 1, 2**64, -(2**64),
         2**64 + 1, 2**126, 2**127 - 1, -(2**127) + 1, 2**127, -(2**127), 2**130, -(2**130)]


def show(f):
    try:
        r = f()
        return f"{type(r).__name__} {r}"
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


def lcg(x):
    return (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616


def fnv1a(data):
    h = 14695981039346656037
    for b in data:
        h ^= b
        h = h * 1099511628211 & 0xFFFFFFFFFFFFFFFF
    return h


def boundaries(a):
    return [
        show(lambda: a + 9223372036854775808),
        show(lambda: a - 9223372036854775808),
        show(lambda: a + 18446744073709551616),
        show(lambda: a - 18446744073709551616),
        show(lambda: a + 170141183460469231731687303715884105727),
        show(lambda: a - 170141183460469231731687303715884105727),
        show(lambda: -a - 170141183460469231731687303715884105727),
        show(lambda: a * 9223372036854775808),
        show(lambda: a * -18446744073709551616),
        show(lambda: -a + 18446744073709551616 - 18446744073709551616),
        show(lambda: a + 170141183460469231731687303715884105728),  # 2**127: no 128-bit path at all
    ]


def sums(a):
    # each its own statement, so each tree is fused (a lambda's body is fused too, but keep both shapes)
    x = a + 9223372036854775808
    y = a * 18446744073709551616 - 1
    z = (a - 18446744073709551616) * 3 + 1
    return x, y, z


def division(a, b):
    return [
        show(lambda: a * 18446744073709551616 // b),
        show(lambda: a * 18446744073709551616 % b),
        show(lambda: (a + 18446744073709551616) // b),
        show(lambda: (a - 18446744073709551616) % b),
        show(lambda: a // b + 18446744073709551616),
        show(lambda: a % b - 18446744073709551616),
        show(lambda: a // 18446744073709551616),
        show(lambda: a % 18446744073709551616),
        show(lambda: a // -18446744073709551616),
        show(lambda: a % -18446744073709551616),
        show(lambda: a % 18446744073709551617),
        show(lambda: a // 10000000000000000000),
        show(lambda: (a - 170141183460469231731687303715884105727) // b),
        show(lambda: (a - 170141183460469231731687303715884105727) % b),
    ]


def bitwise(a, n):
    return [
        show(lambda: a & 0xFFFFFFFFFFFFFFFF),
        show(lambda: a | 0x8000000000000000),
        show(lambda: a ^ 0xFFFFFFFFFFFFFFFF),
        show(lambda: a ^ -0x10000000000000000),
        show(lambda: (a << n) & 0xFFFFFFFFFFFFFFFF),
        show(lambda: a << n ^ 18446744073709551616),
        show(lambda: a >> n | 9223372036854775808),
        show(lambda: 18446744073709551616 >> n),
        show(lambda: 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF >> n << n),
        show(lambda: (a & 0xFFFFFFFFFFFFFFFF) << n),
    ]


def compare(a):
    return [a < 18446744073709551616, a * 2 >= 18446744073709551616, a % 18446744073709551616 == 0,
            a - 9223372036854775808 != -1, a != 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF]


def conditions(a):
    hits = 0
    if a & 0xFFFFFFFFFFFFFFFF == 0xFFFFFFFFFFFFFFFF:
        hits += 1
    if a * 3 > 18446744073709551616:
        hits += 10
    steps = 0
    while a < 18446744073709551616 and steps < 3:
        a = a * 2 + 9223372036854775808
        steps += 1
    return hits, steps, a


def augmented(x):
    x ^= 0xFFFFFFFFFFFFFFFF
    a = x
    x += 18446744073709551616
    b = x
    x *= 9223372036854775808
    c = x
    x //= 18446744073709551616
    d = x
    x %= 18446744073709551617
    e = x
    x &= 0xFFFFFFFFFFFFFFFF
    f = x
    x |= 0x10000000000000000
    return a, b, c, d, e, f, x


def floats(a):
    return [show(lambda: a + 18446744073709551616), show(lambda: a * 0.5 + 18446744073709551616),
            show(lambda: a % 18446744073709551616), show(lambda: a // 18446744073709551616),
            show(lambda: a & 0xFFFFFFFFFFFFFFFF), a < 18446744073709551616]


def bools(flag):
    r = [flag + 18446744073709551615, flag & 0xFFFFFFFFFFFFFFFF, flag ^ 0xFFFFFFFFFFFFFFFF,
         (flag & flag) | 9223372036854775808, -flag * 9223372036854775808, flag << 64 | 1]
    return [(type(v).__name__, v) for v in r]


def unbound(flag):
    if flag:
        y = 1
    return y * 18446744073709551616 + 1


def closure(seed):
    state = seed

    def step():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return state >> 33

    return step


x = 42
seen = []
for _ in range(2000):
    x = lcg(x)
    seen.append(x)
print(x, sum(seen) % 1000000007, max(seen), min(seen), len(set(seen)))
print(fnv1a(b"hello world"), fnv1a(b""), fnv1a(bytes(range(256))))
for a in EDGES:
    print(a, boundaries(a), sums(a))
    print(compare(a), conditions(a))
for a in EDGES:
    for b in [1, -1, 3, -3, 7, 2**64, -(2**64), 2**64 + 3, 2**127 - 1, 2**130, 0]:
        print(a, b, division(a, b))
for a in EDGES:
    for n in [0, 1, 63, 64, 65, 100, 127, 128, 200, -1]:
        print(a, n, bitwise(a, n))
for a in EDGES + [True, False]:
    print(augmented(a))
for a in [2.5, -0.0, 1e30, float("inf"), float("nan")]:
    print(floats(a))
print(bools(True), bools(False))
print(unbound(True))
try:
    print(unbound(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
f = closure(7)
print([f() for _ in range(10)])
g = closure(2**70)
print([g() for _ in range(3)])
# results beyond int64 that come back down are small ints again: equal, same hash, same dict key
r = (5 + 18446744073709551616) - 18446744073709551616
print(r, type(r).__name__, hash(r) == hash(5), {5: "five"}[r])
# augmented assignment of a big literal on a non-int: the general path's TypeError
try:
    s = "text"

    def bad(s):
        s ^= 0xFFFFFFFFFFFFFFFF
        return s

    bad(s)
except TypeError as e:
    print("TypeError:", e)
