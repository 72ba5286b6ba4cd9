"""sys.exit() and sys.exit(None) and sys.exit(0) exit with status 0; SystemExit.code reflects the argument."""
import sys

for arg in [(), (None,), (0,), (4,), ("text",), ((1, 2),), (True,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), e.args, isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception), SystemExit.__mro__[1].__name__)
print("exiting cleanly")
sys.exit(None)
print("unreachable")
