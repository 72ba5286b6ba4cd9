"""Generator finally blocks run on exhaustion and on close(); throw() raises inside the generator at the paused yield."""


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("  caught inside:", e)
        yield "recovered"
    finally:
        print("  finally in generator")


g = guarded()
print(next(g))
g.close()
print("closed", list(g))
g = guarded()
print(next(g), g.throw(ValueError("injected")))
print(list(g))
g = guarded()
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated:", repr(e))
print(list(guarded()))


def gen_return_in_try():
    try:
        yield "only"
        return
    finally:
        print("  cleanup")


for x in gen_return_in_try():
    print(x)
