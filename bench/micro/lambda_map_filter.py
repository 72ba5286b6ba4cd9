# Micro benchmark: map() and filter() with lambdas.
data = list(range(1000))
t = 0
for r in range(300):
    t += sum(map(lambda x: x + 1, filter(lambda x: x % 2, data)))
print(t)
