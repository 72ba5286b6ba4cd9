"""Uncaught integer division by zero inside nested calls."""


def ratio(a, b):
    return a // b


def report(values):
    for a, b in values:
        print(a, b, ratio(a, b))


report([(10, 3), (-10, 3), (5, 0), (1, 1)])
