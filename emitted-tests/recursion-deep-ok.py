"""Recursion up to ~950 frames works (below CPython's default limit of 1000) including through methods and lambdas."""


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(950))


class Walker:
    def walk(self, n, acc):
        if n == 0:
            return acc
        return self.walk(n - 1, acc + n)


print(Walker().walk(900, 0))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(500) % (10 ** 9 + 7), len(str(fact(500))))


def build(n):
    return [] if n == 0 else [build(n - 1)]


nested = build(400)
d = 0
while nested:
    nested = nested[0]
    d += 1
print(d)
