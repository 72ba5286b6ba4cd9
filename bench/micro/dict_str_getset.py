# Micro benchmark: dict get and set with str keys.
d = {}
keys = ['k%d' % i for i in range(100)]
for r in range(3000):
    for k in keys:
        d[k] = d.get(k, 0) + 1
print(len(d), d['k5'])
