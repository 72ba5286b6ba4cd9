"""Uncaught ValueError from an f-string format spec that the type does not support."""
amount = 19.99
print(f"{amount:.1f} {amount:>8} {amount:e}")
print(f"{amount:d}")
