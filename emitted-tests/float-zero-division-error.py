"""Uncaught float division by zero."""
xs = [2.0, 1.0, 0.5, 0.0]
for x in xs:
    print(1 / x)
