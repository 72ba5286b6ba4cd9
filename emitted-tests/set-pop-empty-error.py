"""Uncaught KeyError: 'pop from an empty set' after draining a set with pop()."""
work = {4, 9, 16}
while work:
    print(work.pop())
work.pop()
