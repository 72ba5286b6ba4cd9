"""Execution order of try/except/else/finally for: no exception, handled exception, unhandled, return/break in finally."""


def run(mode):
    log = []
    try:
        try:
            log.append("try")
            if mode == "raise":
                raise ValueError("boom")
            if mode == "other":
                raise KeyError("k")
            if mode == "return":
                return log + ["returned from try"]
        except ValueError as e:
            log.append("except " + str(e))
        else:
            log.append("else")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer caught KeyError")
    return log


for m in ["none", "raise", "other", "return"]:
    print(m, run(m))


def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"


def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"


def finally_sees_return():
    x = "a"
    try:
        return x
    finally:
        x = "b"
        print("finally ran, x =", x)


print(finally_overrides(), finally_swallows(), finally_sees_return())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
