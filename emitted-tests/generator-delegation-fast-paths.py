# next() and send() during `yield from` take direct paths for generator and builtin delegates; their
# fallbacks (class iterators, send/throw/close during delegation, exceptions, re-entry) must behave the same.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "numbers done"


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown done")
        self.n -= 1
        return self.n


def outer(n):
    r1 = yield from numbers(n)
    print("r1", r1)
    r2 = yield from range(n)
    print("r2", r2)
    r3 = yield from [10, 20]
    print("r3", r3)
    r4 = yield from Countdown(2)
    print("r4", r4)
    r5 = yield from iter("ab")
    print("r5", r5)
    return "outer done"


print(list(outer(3)))


def nested(depth):
    if depth == 0:
        yield "leaf"
        return 0
    got = yield from nested(depth - 1)
    yield depth
    return got + 1


print(list(nested(4)))
g = nested(3)
print([next(g) for _ in range(3)])
try:
    while True:
        next(g)
except StopIteration as e:
    print("nested returned", e.value)


def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == "stop":
                return received
    finally:
        print("echo finally")


def delegating_echo():
    result = yield from echo()
    print("echo result", result)
    yield "after"


g = delegating_echo()
print(next(g))
print(g.send("a"))
print(next(g))
print(g.send("b"))
print(g.send("stop"))
try:
    next(g)
except StopIteration:
    print("stopped")

# send to a plain generator: values, StopIteration value, then finished
g = echo()
print(g.send(None))
print(g.send(1))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.send(2)
except StopIteration as e:
    print("again", e.value)

g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)


# send during delegation to an iterator without send
def over_range():
    yield from range(5)


g = over_range()
print(next(g))
try:
    g.send(1)
except AttributeError as e:
    print("AttributeError", e)
print(list(g))


# throw and close during delegation
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"


def wrap():
    try:
        yield from catcher()
    finally:
        print("wrap finally")


g = wrap()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print("closed")

g = over_range()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)


# an exception from the delegate is raised at the `yield from`
def failing():
    yield 1
    raise ValueError("inner failed")


def guarded():
    try:
        yield from failing()
    except ValueError as e:
        print("outer caught", e)
        yield "handled"


print(list(guarded()))


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("broken")


def guarded_class():
    try:
        yield from Broken()
    except KeyError as e:
        print("class iterator error", e)
    yield "end"


print(list(guarded_class()))


# re-entry through the delegate
def reenter():
    yield next(outer_gen)


def outer_reentry():
    yield from reenter()


outer_gen = outer_reentry()
try:
    next(outer_gen)
except ValueError as e:
    print("ValueError", e)


# send during the delegation of a generator that returns on the value
def summer():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def run_summers():
    a = yield from summer()
    b = yield from summer()
    return a, b


g = run_summers()
next(g)
for v in [1, 2, 3]:
    g.send(v)
g.send(None)
for v in [10, 20]:
    g.send(v)
try:
    next(g)
except StopIteration as e:
    print("summers", e.value)

# an exhausted delegating generator keeps answering StopIteration
g = outer(1)
print(list(g))
print(list(g))
print(sum(x for x in outer(4) if isinstance(x, int)))
