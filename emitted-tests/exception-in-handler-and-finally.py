"""An exception raised in an except block or finally replaces the original; nested try in handlers; exceptions in loops."""
log = []
try:
    try:
        raise ValueError("first")
    except ValueError:
        log.append("handling first")
        raise TypeError("second")
except TypeError as e:
    log.append("outer got " + repr(e) + " ctx " + repr(e.__context__))
print(log)
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
except Exception as e:
    print("got", repr(e), "context", repr(e.__context__))
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(s))
    except ValueError as e:
        results.append(str(e))
        continue
    finally:
        results.append("f")
print(results)


def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return deep(n - 1)
    finally:
        print("unwinding", n)


try:
    deep(3)
except IndexError as e:
    print("caught", e)
