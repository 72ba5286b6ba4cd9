# Micro benchmark: str.split() and str.join().
line = 'alpha beta gamma delta epsilon'
t = 0
for i in range(200000):
    parts = line.split()
    t += len('-'.join(parts))
print(t)
