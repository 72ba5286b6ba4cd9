"""Uncaught exception raised while handling another ('During handling...'): last line is the new exception."""


def risky():
    data = {}
    try:
        return data["key"]
    except KeyError:
        return undefined_helper()


try:
    risky()
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted") from None
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
risky()
