# Integer arithmetic over locals and literals, computed in int64 when every leaf is a small int: each case
# below leaves that fast path part way (overflow, a zero divisor, a negative shift, a bool, a float, a big int,
# an unbound local) and must give exactly what the general operators give.
MIN = -9223372036854775808
MAX = 9223372036854775807


def arithmetic(a, b):
    out = []
    out.append(a + b)
    out.append(a - b)
    out.append(a * b)
    out.append(a * 3 + b * 5 - 7)
    out.append(-a + -b)
    try:
        out.append(a & b | 12 ^ a)
    except TypeError as e:
        out.append(str(e))
    return out


def division(a, b):
    try:
        q = a // b
        r = a % b
        return q, r, (a * 2 + 1) // b, (a - 1) % b
    except ZeroDivisionError as e:
        return str(e)


def shifts(a, n):
    try:
        return a << n, a >> n, (a + 1) << n >> 1
    except ValueError as e:
        return str(e)


def augmented(x, k):
    x += k
    x -= 3
    x *= k
    x //= 7
    x %= 1000
    x <<= 2
    x >>= 1
    x &= 0xFFFF
    x |= 1
    x ^= 5
    return x


def compare(a, b):
    return [a < b, a <= b, a > b, a >= b, a == b, a != b, a + 1 < b * 2, a % 3 == b % 3]


def conditions(a, b):
    hits = 0
    if a * 2 > b:
        hits += 1
    if a - b != 0:
        hits += 10
    steps = 0
    while a < b and steps < 5:
        a += 1
        steps += 1
        hits += 100
    return hits


def unbound(flag):
    if flag:
        y = 1
    return y * 2 + 1


def closure(start):
    total = start

    def bump(k):
        nonlocal total
        total = total * 2 + k
        return total % 1000003

    return bump


for a, b in [(5, 3), (-7, 2), (7, -2), (-7, -2), (0, 1), (MAX, 1), (MIN, 1), (MIN, -1), (MAX, MAX),
             (2 ** 40, 2 ** 30), (True, 2), (3, False), (2.5, 2), (7, 2.0), (10 ** 30, 3), (-(10 ** 20), 7)]:
    print(a, b, arithmetic(a, b), division(a, b), compare(a, b), conditions(a, b))
for a, b in [(7, 0), (MIN, 0), (5.0, 0), (True, False)]:
    print(division(a, b))
for a, n in [(1, 3), (-5, 2), (1, 62), (1, 63), (1, 64), (-1, 63), (3, 0), (5, -1), (-(2 ** 70), 3), (MAX, 1),
             (0, 100), (0, -1), (7, 100), (-7, 100)]:
    print(a, n, shifts(a, n))
for x, k in [(10, 3), (-10, 3), (MAX, 2), (MIN, -1), (10 ** 25, 9), (2.5, 2), (True, True)]:
    try:
        print(augmented(x, k))
    except TypeError as e:
        print("TypeError", e)
print(unbound(True))
try:
    print(unbound(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
f = closure(1)
print([f(k) for k in range(70)])
g = closure(1.5)
print(g(1), g(2))


def mixed_types(s):
    n = 3
    return s * n + s, n * s


print(mixed_types("ab"), mixed_types([1]))


def overflow_chain(n):
    x = 1
    steps = []
    for i in range(n):
        x = x * 3 + i
        steps.append(x % 1000)
    return x, steps[-5:]


print(overflow_chain(100))
print(MIN // -1, MIN % -1, -MIN, MIN - 1, MAX + 1, MAX * MAX)


def neg_edge(v):
    return -v, -v - 1, -(-v)


print(neg_edge(MIN), neg_edge(MAX), neg_edge(0))
