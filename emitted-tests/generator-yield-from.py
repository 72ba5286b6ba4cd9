"""yield from delegates iteration, returns the subgenerator's return value, forwards send(), flattens nested structures."""


def inner(tag):
    got = yield tag + "-1"
    yield tag + "-2 got " + repr(got)
    return tag.upper()


def outer():
    r1 = yield from inner("a")
    yield "inner returned " + r1
    r2 = yield from inner("b")
    yield "inner returned " + r2
    yield from range(3)
    yield from "xy"


g = outer()
print(next(g), g.send("S1"), next(g), next(g), g.send("S2"), next(g))
print(list(g))


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6]], 7])))


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], (3,), "ab", {"k": 0}, range(2))))


def tree(n):
    if n == 0:
        return 1
    left = yield from tree(n - 1)
    yield n
    right = yield from tree(n - 1)
    return left + right


t = tree(3)
print(list(t))
gen = tree(2)
try:
    while True:
        next(gen)
except StopIteration as e:
    print("leaves:", e.value)
