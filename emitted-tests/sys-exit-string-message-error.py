"""sys.exit('message') prints the message to stderr and exits with status 1; except Exception does not catch it."""
import sys


def shutdown(reason):
    try:
        sys.exit(reason)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("finally runs before exit")


print("starting")
try:
    sys.exit("caught once")
except SystemExit as e:
    print("caught SystemExit:", repr(e.code), e.args)
shutdown("fatal: configuration missing")
print("unreachable")
