"""Uncaught ValueError when unpacking too many values in a for loop."""
pairs = [(1, 2), (3, 4), (5, 6, 7)]
for x, y in pairs:
    print(x + y)
