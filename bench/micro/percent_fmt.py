# Micro benchmark: %-formatting with %d and %s.
t = 0
for i in range(300000):
    s = '%d-%s' % (i, 'ab')
    t += len(s)
print(t)
