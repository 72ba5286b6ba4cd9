"""Unbounded recursion raises RecursionError (a RuntimeError) at CPython's default limit, catchable; program continues."""


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth(0)
print(900 < d < 1000)


def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)


print(ok(900))


class Node:
    def __init__(self):
        self.me = self

    def __repr__(self):
        return repr(self.me)


try:
    repr(Node())
except RecursionError as e:
    print("repr recursion:", e)
print("still running")
