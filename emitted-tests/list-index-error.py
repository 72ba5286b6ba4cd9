"""Uncaught IndexError: list index out of range in a nested function."""


def last_but(lst, k):
    return lst[len(lst) - 1 - k]


data = [10, 20, 30]
for k in range(5):
    print(k, last_but(data, k) if k < 3 else last_but(data, -k))
