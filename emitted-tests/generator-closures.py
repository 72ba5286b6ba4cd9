"""Generators that are closures, generators with inner functions over their locals, and cells as parameters."""


def make_gen():
    factor = 2
    g = (x * factor for x in range(3))
    factor = 100
    return list(g)


print(make_gen())


def counter_gen():
    n = 0

    def bump():
        nonlocal n
        n += 1

    while n < 3:
        bump()
        yield n


print(list(counter_gen()))
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])


def outer(limit):
    step = 1

    def ticks():
        i = 0
        while i < limit:
            yield i
            i += step

    g = ticks()
    first = next(g)
    step = 3
    return first, list(g)


print(outer(10))


def with_cell_param(start):
    def peek():
        return start

    while start < 3:
        yield peek()
        start += 1


print(list(with_cell_param(0)))


def make_stream(prefix):
    def stream(n):
        for i in range(n):
            yield f"{prefix}{i}"

    return stream


s = make_stream("item-")
del make_stream
print(list(s(3)), list(s(1)))
