"""Resuming generators from every consumer: values received by `x = yield` from next() (None), send() and
for loops in any mix; re-entering a running generator from a for loop, next(), send() and sum(); exceptions
raised inside generators propagating through for loops, sum(), list(), max(), any() with finally blocks run;
an early break and the generator's close; `yield from` over a partly consumed generator, a range, a class
iterator (its __next__ only, the StopIteration value as result), and send()/throw() through it."""


def echo():
    got = []
    while True:
        x = yield len(got)
        got.append(x)
        if len(got) == 5:
            return got


e = echo()
print(next(e), e.send("a"), next(e), e.send(None), e.send(0))
try:
    next(e)
except StopIteration as stop:
    print("returned", stop.value)

e = echo()
print([v for v in e])


def self_consuming(how):
    me = yield "start"
    try:
        if how == "for":
            for _ in me:
                pass
        elif how == "next":
            next(me)
        elif how == "send":
            me.send(1)
        else:
            sum(me)
    except ValueError as err:
        yield "ValueError: " + str(err)


for how in ("for", "next", "send", "sum"):
    g = self_consuming(how)
    next(g)
    print(how, g.send(g))


def failing(n, log):
    try:
        for i in range(n):
            yield i
        raise KeyError("after %d" % n)
    finally:
        log.append("finally %d" % n)


log = []
for consumer in (list, sum, max, any, tuple, sorted):
    try:
        consumer(failing(3, log))
    except KeyError as err:
        print(consumer.__name__, "KeyError", err)
print(log)

log = []
try:
    for v in failing(2, log):
        print("got", v)
except KeyError as err:
    print("for loop KeyError", err, log)

log = []
for v in failing(10, log):
    if v == 2:
        break
print("after break", log)
g = failing(10, log)
for v in g:
    if v == 1:
        break
print("still open", log)
g.close()
print("closed", log)
print(next(g, "exhausted"))


def stop_inside():
    yield 1
    next(iter([]))  # StopIteration inside a generator: RuntimeError (PEP 479)


try:
    print(sum(stop_inside()))
except RuntimeError as err:
    print("RuntimeError:", err, type(err.__cause__).__name__)


def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner result"


def outer(sub):
    r = yield from sub
    print("outer got", r)
    yield from range(2)
    yield "end"


sub = inner()
print(next(sub))
o = outer(sub)
print(next(o))
print(o.send("sent"))
print(list(o))

o = outer(inner())
print(next(o), o.send(None))
try:
    print(o.throw(ValueError("into inner")))
except ValueError as err:
    print("ValueError:", err)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("__iter__ called")
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("countdown done")
        self.n -= 1
        return self.n


def delegate(it):
    r = yield from it
    yield ("result", r)


print(list(delegate(Countdown(3))))


def over_range():
    try:
        yield from range(3)
    except ZeroDivisionError as err:
        yield "caught " + str(err)


r = over_range()
print(next(r))
try:
    r.send(5)
except AttributeError as err:
    print("AttributeError:", err)
r = over_range()
print(next(r), r.throw(ZeroDivisionError("zero")))
