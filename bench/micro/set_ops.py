# Micro benchmark: set.add() on a small set.
t = 0
for i in range(3000):
    s = set()
    for j in range(100):
        s.add(j * i % 37)
    t += len(s)
print(t)
