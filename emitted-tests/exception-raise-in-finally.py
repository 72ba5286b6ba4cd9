"""An exception raised in finally replaces the in-flight one (which becomes its __context__); return in finally swallows."""


def replace():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("from finally")


try:
    replace()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(swallow())


def override():
    try:
        return "try value"
    finally:
        return "finally value"


print(override())


def loop_break():
    for i in range(3):
        try:
            raise IndexError(i)
        finally:
            break
    return "break swallowed the IndexError at " + str(i)


print(loop_break())


def order():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("t")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log


print(order())


def finally_sees_value():
    x = "before"
    try:
        return x
    finally:
        x = "after"
        print("finally changed x to", x)


print(finally_sees_value())
