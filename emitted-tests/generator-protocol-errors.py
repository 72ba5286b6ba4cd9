"""Generator protocol errors: re-entry, sending to a fresh generator, throw() with classes, ignoring GeneratorExit."""


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished after the error"))


def echo():
    while True:
        got = yield
        print("echo", got)


e = echo()
try:
    e.send("early")
except TypeError as err:
    print("TypeError:", err)
e.send(None)
e.send("hello")
try:
    e.throw(ValueError)
except ValueError as err:
    print("thrown class propagated:", repr(err))
try:
    e.send("after")
except StopIteration as err:
    print("finished generator: StopIteration", err.args)
try:
    e.throw(KeyError("late"))
except KeyError as err:
    print("throw into finished generator raises it:", err)


def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as err:
    print("RuntimeError:", err)


def leaky():
    it = iter([])
    yield 1
    next(it)


try:
    print(list(leaky()))
except RuntimeError as err:
    print("RuntimeError:", err)

try:
    print(next(x for x in [1, 2] if next(iter([]))))
except RuntimeError as err:
    print("genexpr RuntimeError:", err)


def bad_throw():
    yield 1


b = bad_throw()
next(b)
try:
    b.throw(5)
except TypeError as err:
    print("TypeError:", err)
print(next(b))
