"""Uncaught ValueError from int() on a non-numeric string."""
words = ["12", "-3", "4x"]
total = 0
for w in words:
    total += int(w)
    print("total", total)
