"""SystemExit propagating through nested functions runs every finally and with __exit__, then exits with status 4."""
import sys


class Guard:
    def __enter__(self):
        print("guard enter")

    def __exit__(self, et, ev, tb):
        print("guard exit", et.__name__, ev.code)
        return False


def inner(n):
    try:
        if n == 0:
            sys.exit(4)
        inner(n - 1)
    finally:
        print("finally at depth", n)


def outer():
    with Guard():
        try:
            inner(2)
        except ValueError:
            print("not a ValueError")


print("begin")
outer()
print("unreachable")
