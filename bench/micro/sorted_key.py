# Micro benchmark: sorted() with a key function.
data = [(i * 7919) % 1000 for i in range(1000)]
t = 0
for r in range(100):
    t += sorted(data, key=lambda v: -v)[0]
print(t)
