# Micro benchmark: iterating over a dict's keys and reading the values.
d = {str(i): i for i in range(1000)}
t = 0
for r in range(300):
    for k in d:
        t += d[k]
print(t)
