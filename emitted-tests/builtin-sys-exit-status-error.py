"""sys.exit(3) exits with status 3 after flushing stdout; finally blocks run first; no traceback."""
import sys


def main():
    print("working")
    try:
        sys.exit(3)
    finally:
        print("cleanup in finally")
    print("unreachable")


main()
