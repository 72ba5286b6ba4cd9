"""Uncaught IndexError from tuple indexing: 'tuple index out of range'."""
point = (3, 4)
print(point[0], point[-1], point[-2])
print(point[2])
