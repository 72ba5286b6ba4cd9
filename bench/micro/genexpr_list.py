# Micro benchmark: sum() over a generator expression over a list.
data = list(range(1000))
t = 0
for r in range(300):
    t += sum(x * x for x in data)
print(t)
