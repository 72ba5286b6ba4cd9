"""SystemExit is a BaseException: `except Exception` does not catch it; it can be caught explicitly and inspected."""
import sys

try:
    try:
        sys.exit(4)
    except Exception:
        print("wrong: Exception caught SystemExit")
except SystemExit as e:
    print("caught SystemExit with code", e.code, repr(e.args))
try:
    sys.exit("message string")
except SystemExit as e:
    print("code is", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    sys.exit(0)
except BaseException as e:
    print(type(e).__name__, e.code, issubclass(SystemExit, Exception))
print("end")
sys.exit(0)
print("never")
