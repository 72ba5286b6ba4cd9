"""Recursive algorithms: Hanoi, permutations, power set, gcd, Ackermann(2, n), binary search, merge sort."""


def hanoi(n, a="A", b="B", c="C", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[xs[i]] + p for i in range(len(xs)) for p in perms(xs[:i] + xs[i + 1:])]


def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    return rest + [[xs[0]] + r for r in rest]


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def msort(xs):
    if len(xs) < 2:
        return xs
    mid = len(xs) // 2
    l, r = msort(xs[:mid]), msort(xs[mid:])
    out = []
    while l and r:
        out.append(l.pop(0) if l[0] <= r[0] else r.pop(0))
    return out + l + r


print(hanoi(3), len(hanoi(10)))
print(perms([1, 2, 3]), len(perms(list(range(6)))))
print(powerset(["a", "b", "c"]))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 40), ack(2, 3), ack(1, 10))
print(msort([5, -1, 3, 3, 0, 9, -7, 2]), msort([]), msort(list("recursion")))
