# Micro benchmark: isinstance() with a tuple of types, and len().
items = [1, 'a', [1, 2], (3,), 2.0] * 20
t = 0
for r in range(5000):
    for x in items:
        if isinstance(x, (list, tuple)):
            t += len(x)
print(t)
