"""Generator return values: StopIteration.value, yield from returning the subgenerator's value, return None."""


def produce(n):
    for i in range(n):
        yield i
    return f"produced {n}"


g = produce(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)


def nothing():
    yield 1


n = nothing()
next(n)
try:
    next(n)
except StopIteration as e:
    print("implicit return:", e.value, e.args)


def delegate():
    first = yield from produce(3)
    second = yield from produce(1)
    return [first, second]


d = delegate()
items = []
while True:
    try:
        items.append(next(d))
    except StopIteration as e:
        print(items, e.value)
        break
print(list(produce(4)), list(delegate()))


def early(flag):
    if flag:
        return "early exit"
    yield "not early"


print(list(early(True)), list(early(False)))
try:
    next(early(True))
except StopIteration as e:
    print("early value:", e.value)


def gen_with_return_tuple():
    yield
    return 1, 2


r = gen_with_return_tuple()
next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
