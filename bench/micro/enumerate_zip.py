# Micro benchmark: for over enumerate(zip(a, b)) with tuple targets.
a = list(range(1000))
b = list(range(1000, 2000))
t = 0
for r in range(300):
    for i, (x, y) in enumerate(zip(a, b)):
        t += i + x - y
print(t)
