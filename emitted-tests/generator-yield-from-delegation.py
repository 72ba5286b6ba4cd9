"""yield from forwards send(), throw() and close() to a sub-generator and gets its return value."""


def inner():
    try:
        x = yield "inner ready"
        while x is not None:
            x = yield f"inner got {x}"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
    finally:
        print("inner finally")
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    more = yield from [10, 20]
    print("list delegation returns", more)
    yield from "ab"
    yield from range(2)
    return "outer done"


g = outer()
print(next(g), g.send(1), g.send(2))
print(g.throw(KeyError("k")))
print(next(g), next(g), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)

g = outer()
next(g)
g.close()
print("closed while delegating")


def failing():
    yield 1
    raise ValueError("from the sub-generator")


def catcher():
    try:
        yield from failing()
    except ValueError as e:
        print("outer caught:", e)
        yield "after failure"


print(list(catcher()))


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
print(sum(flatten([[1, 2], [3, [4, 5]]])))


def empty():
    return "nothing yielded"
    yield


def wrap():
    r = yield from empty()
    yield r


print(list(wrap()))
