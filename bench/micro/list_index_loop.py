# Micro benchmark: indexing a list in a range loop.
l = list(range(1000))
t = 0
for r in range(1000):
    for i in range(len(l)):
        t += l[i]
print(t)
