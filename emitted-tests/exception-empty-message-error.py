"""Uncaught exception raised as a bare class: the last line is just the class name."""


class Stop(Exception):
    pass


def work(n):
    if n > 2:
        raise Stop
    return n


for i in range(5):
    print(work(i))
