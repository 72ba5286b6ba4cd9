"""Generators with yields in try bodies, except clauses, else and finally blocks, and loops with else clauses."""


def shapes(items):
    for x in items:
        try:
            value = 10 // x
            yield "divided", value
        except ZeroDivisionError as e:
            yield "except", str(e)
        except TypeError:
            yield "type error", x
            raise
        else:
            yield "else", x
        finally:
            yield "finally", x
    else:
        yield "loop else", len(items)


g = shapes([5, 0, 2])
print(list(g))
try:
    for step in shapes([1, "s", 3]):
        print(step)
except TypeError as e:
    print("propagated:", e)


def retry(attempts):
    n = 0
    while n < attempts:
        n += 1
        try:
            got = yield n
            if got == "fail":
                raise ValueError(n)
        except ValueError as e:
            yield f"failed {e}"
    else:
        yield "exhausted"


r = retry(3)
print(next(r), r.send("fail"), next(r), r.send("ok"), next(r), next(r, "end"))


def nested():
    try:
        try:
            yield 1
            raise KeyError("inner")
        except KeyError:
            yield 2
            raise
        finally:
            yield 3
    except KeyError as e:
        yield f"outer caught {e}"


print(list(nested()))


def closing():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup for", "closing")


print([x for x in closing()])
first = next(closing())
print(first)
