"""Infinite generators consumed with a hand-written take() and zip against finite ranges; lazy pipelines."""


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


def take_next(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(take(10, naturals()), take_next(5, naturals(100)))
print(take(15, fib()), take(10, primes()))
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print(take(5, squares), take(3, squares))
print(list(zip(range(4), fib())), [p for _, p in zip(range(6), primes())])
big = fib()
for _ in range(100):
    value = next(big)
print(value)


def cycle(items):
    while True:
        yield from items


print(take(7, cycle("abc")), "".join(take(5, cycle(["x", "y"]))))
first_big = next(f for f in fib() if f > 10 ** 6)
print(first_big)
