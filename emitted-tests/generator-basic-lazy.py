"""Generators run lazily: code before the first yield waits for next(); state persists between yields; return ends iteration."""


def gen():
    print("  started")
    yield 1
    print("  resumed after 1")
    x = yield 2
    print("  got", x)
    return "done"


g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "exhausted"), list(g))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


print(list(take(5, fib())), list(take(0, fib())), sum(take(50, fib())))


def countdown(n):
    while n > 0:
        yield n
        n -= 1


print(list(countdown(5)), [x * x for x in countdown(3)], max(countdown(4)), 3 in countdown(5))
