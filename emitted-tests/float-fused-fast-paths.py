# Float arithmetic over locals and literals, computed in doubles when every variable holds a float: each
# case leaves that path (an int variable, a zero divisor, a big int, a bool) or keeps IEEE's own answers.
import math


def arith(x, y):
    return [x + y, x - y, x * y, x * 2 + y * 0.5, -x + 1, (x + y) / 2, 1 / (x - y) if x != y else None, x * 3 - 7]


def divide(x, y):
    try:
        return x / y, (x + 1.0) / (y * 2)
    except ZeroDivisionError as e:
        return str(e)


def compare(x, y):
    return [x < y, x <= y, x > y, x >= y, x == y, x != y, x * 2 < y + 1, x / 2 == y * 0.5]


def integrate(n):
    total = 0.0
    dx = 1.0 / n
    x = 0.0
    for _ in range(n):
        total += x * x * dx
        x += dx
    return total


def augmented(x, k):
    x += k
    x -= 0.25
    x *= k
    x /= 3
    return x


def mixed(n):
    acc = 0
    acc = acc + 1.5  # an int becomes a float part way
    acc *= 2
    half = n / 2  # int / int
    return acc, half, n * 1.0, 1.0 * n


nan = float("nan")
inf = float("inf")
for x, y in [(1.5, 2.25), (-0.0, 0.0), (1e308, 1e308), (nan, 1.0), (inf, inf), (inf, 1.0), (3, 4.5),
             (2.5, 4), (True, 0.5), (10 ** 20, 0.5), (1.0, 1.0)]:
    print(x, y, arith(x, y), compare(x, y))
for x, y in [(1.0, 0.0), (0.0, 0.0), (5, 0.0), (1.0, -0.0), (-3.0, 2.0), (7, 2)]:
    print(divide(x, y))
print(integrate(1000), augmented(1.0, 2.0), augmented(1, 2), augmented(0.5, 3))
try:
    print(augmented(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(mixed(7), mixed(2 ** 60))
print(math.isnan(arith(nan, nan)[0]), -(-0.0), 0.1 + 0.2, 1 - 0.9)


def closure(v):
    scale = 0.5

    def f(k):
        nonlocal scale
        scale = scale * 1.5 + k
        return scale / 3

    return [f(i) for i in range(5)], v


print(closure(1))
