"""The `except E as e` name is deleted after the handler, even if it existed before; other names bound there survive."""
e = "outer e"
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("after handler:", err)
print("saved survives:", saved, type(saved).__name__)


def f():
    try:
        raise ValueError("v")
    except ValueError as exc:
        msg = str(exc)
    try:
        return msg, exc
    except UnboundLocalError as err:
        return msg, "UnboundLocalError: " + str(err)


print(f())


def g():
    exc = "before"
    try:
        pass
    except Exception as exc:
        pass
    return exc  # handler did not run: exc untouched


print(g())


def h():
    try:
        raise KeyError("k")
    except KeyError as k:
        k = "rebound in handler"
    try:
        return k
    except UnboundLocalError:
        return "k deleted even though rebound"


print(h())
