"""Uncaught RecursionError from mutual recursion without a base case: exit status 1, never a crash."""


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


print("start")
ping(0)
