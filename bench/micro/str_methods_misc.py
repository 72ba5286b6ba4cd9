# Micro benchmark: lower(), upper(), startswith(), count().
t = 0
for i in range(200000):
    s = 'Hello World'
    t += len(s.lower()) + s.startswith('He') + s.count('l') + len(s.upper())
print(t)
