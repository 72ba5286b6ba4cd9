"""Uncaught TypeError when sorted() calls a two-parameter lambda key with one argument."""
pair = lambda a, b: (a, b)
print(pair(1, 2))
print(sorted([3, 1, 2], key=pair))
