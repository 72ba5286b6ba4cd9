# Micro benchmark: tuple packing and unpacking.
t = 0
for i in range(300000):
    a, b = i, i + 1
    p = (a, b)
    x, y = p
    t += x + y
print(t)
