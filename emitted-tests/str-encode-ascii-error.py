"""Uncaught UnicodeEncodeError when encoding non-ASCII text to ascii."""
name = "Zoë"
print(name.encode(), name.encode("latin-1"), name.encode("ascii", "replace"))
print(name.encode("ascii"))
