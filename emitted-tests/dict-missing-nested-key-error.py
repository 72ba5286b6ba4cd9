"""Uncaught KeyError with a tuple key: the message is the repr of the tuple."""
table = {(0, 0): "origin", (1, 0): "east"}
print(table[(0, 0)], table.get((2, 2), "?"))
print(table[(2, 2)])
