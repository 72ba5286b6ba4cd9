"""Uncaught UnboundLocalError: the traceback's last line must match CPython."""
total = 0


def add(n):
    total = total + n
    return total


print("before")
add(3)
print("never printed")
