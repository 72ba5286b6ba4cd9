"""Chained generator pipelines process items one at a time (interleaved prints show the laziness)."""


def source(items):
    for it in items:
        print("source ->", it)
        yield it


def keep_even(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scale(it, k):
    for x in it:
        print("scale", x)
        yield x * k


pipe = scale(keep_even(source(range(6))), 10)
print("pipeline built")
for out in pipe:
    print("out", out)


def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)


print(list(windows(range(6), 3)), list(windows("ab", 3)))


def running(xs):
    total = 0
    for x in xs:
        total += x
        yield total


print(list(running([3, 1, 4, 1, 5])), list(zip(running(range(4)), windows(range(5), 2))))
