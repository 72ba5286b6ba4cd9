"""Uncaught TypeError from str.join on a sequence containing a non-string: the message names the index."""
parts = ["a", "b", "c"]
print("-".join(parts), "".join(reversed(parts)))
print(", ".join(["x", 1, "y"]))
