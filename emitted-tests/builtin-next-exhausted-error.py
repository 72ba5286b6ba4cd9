"""Uncaught StopIteration from next() on an exhausted iterator outside a generator: last line is 'StopIteration'."""
it = iter([1])
print(next(it))
print(next(it, "default"))
print(next(it))
