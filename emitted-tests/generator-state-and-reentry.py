"""Generator states: locals persist between yields, a running generator cannot be re-entered, gi_running-like behaviour."""


def counter():
    count = 0
    while True:
        step = yield count
        count += step if step is not None else 1


c = counter()
print(next(c), next(c), c.send(10), next(c), c.send(-5))


def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def windows(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print(list(windows(range(6), 3)), list(windows("ab", 3)))


def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)


print(list(interleave("abc", [1, 2], (x * 10 for x in range(4)))))
a = counter()
b = counter()
next(a), next(b)
a.send(100)
print(next(a), next(b))
