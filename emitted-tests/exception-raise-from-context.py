"""raise ... from sets __cause__; raising inside except sets __context__; from None suppresses; re-raise with bare raise."""


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed for " + repr(s)) from e


try:
    parse("x1")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), "| cause:", e.__cause__, "| context:", repr(e.__context__))
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)


def reraiser():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise


try:
    reraiser()
except KeyError as e:
    print("re-raised:", repr(e))
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
