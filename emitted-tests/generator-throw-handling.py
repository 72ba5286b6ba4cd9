"""generator.throw(): the exception appears at the paused yield, can be handled to yield again, or propagates."""


def resilient():
    while True:
        try:
            value = yield "ready"
            print("received", value)
        except ValueError as e:
            print("handled inside:", e)
            yield "recovered"


g = resilient()
print(next(g))
print(g.send("x"))
print(g.throw(ValueError("bad input")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", e)
print(next(g, "generator is finished"))


def unstarted():
    print("never printed")
    yield 1


u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(u))


def cleanup():
    try:
        yield 1
    finally:
        print("cleanup ran")


c = cleanup()
next(c)
try:
    c.throw(IndexError("thrown at the paused yield"))
except IndexError as e:
    print("IndexError:", e)
