# Micro benchmark: a small dict display built and read per iteration.
t = 0
for i in range(300000):
    d = {'a': i, 'b': 2, 'c': 3}
    t += d['a'] + len(d)
print(t)
