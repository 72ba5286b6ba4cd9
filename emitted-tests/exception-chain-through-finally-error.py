"""Explicit and implicit chaining across frames, handlers and finally bodies; uncaught chain at the end."""


def inner(d):
    return d["k"]


def middle(d):
    try:
        return inner(d)
    except KeyError as e:
        raise ValueError("bad") from e


def outer():
    try:
        middle({})
    except ValueError:
        x = 1
        try:
            raise TypeError("in handler")
        finally:
            print("fin")


def fin():
    try:
        outer()
    finally:
        raise RuntimeError("from finally")


try:
    fin()
except RuntimeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__), repr(e.__context__.__context__.__cause__))
    print(e.__context__.__context__.__suppress_context__)
fin()
