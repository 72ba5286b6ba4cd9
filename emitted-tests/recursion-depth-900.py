"""Recursion 900 deep is legal under the default limit of 1000: linear recursion, mutual recursion, nested data."""


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def total(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + total(lst, i + 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(depth(900), total(list(range(850))), is_even(880), is_odd(881), is_odd(880))
nested = []
cur = nested
for _ in range(400):
    new = []
    cur.append(new)
    cur = new


def measure_plain(x):
    best = 0
    for c in x:
        best = max(best, measure_plain(c))
    return best + 1


print(measure_plain(nested))


def build(n):
    return "" if n == 0 else "(" + build(n - 1) + ")"


s = build(800)
print(len(s), s[:5], s[-5:])


class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)


head = None
for _ in range(900):
    head = Node(head)
print(head.length())
