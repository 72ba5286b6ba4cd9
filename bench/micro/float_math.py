# Micro benchmark: float arithmetic in a loop.
x = 0.0
for i in range(1000000):
    x = x * 0.999 + i / 3.0
print(round(x, 3))
