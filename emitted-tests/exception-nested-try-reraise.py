"""Nested try blocks: bare raise re-raises the current exception, handlers run innermost first, else/finally order."""
log = []


def step(n):
    try:
        try:
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise KeyError("k")
            log.append("ok")
        except ValueError:
            log.append("inner caught ValueError")
            raise
        else:
            log.append("inner else")
        finally:
            log.append("inner finally")
    except (ValueError, KeyError) as e:
        log.append(f"outer caught {type(e).__name__}")
    else:
        log.append("outer else")
    finally:
        log.append("outer finally")


for n in range(3):
    log.clear()
    step(n)
    print(n, log)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)


def rethrow_other():
    try:
        raise IndexError("first")
    except IndexError:
        try:
            raise KeyError("second")
        except KeyError:
            pass
        raise


try:
    rethrow_other()
except IndexError as e:
    print("re-raised the outer one:", e)
try:
    try:
        [][0]
    except (TypeError, IndexError) as e:
        print("tuple handler:", type(e).__name__, e)
        raise TypeError("changed") from e
except TypeError as e:
    print("outer:", e, "| cause:", e.__cause__)
