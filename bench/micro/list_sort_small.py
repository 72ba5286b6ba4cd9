# Micro benchmark: sorting a six-item list.
t = 0
for i in range(30000):
    l = [5, 3, i % 7, 9, 1, 8]
    l.sort()
    t += l[0] + l[-1]
print(t)
