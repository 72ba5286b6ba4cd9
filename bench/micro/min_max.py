# Micro benchmark: min() and max() of a list and of two ints.
data = list(range(100))
t = 0
for i in range(30000):
    t += max(data) - min(data) + max(i, 5)
print(t)
