# Micro benchmark: f-strings with plain fields.
t = 0
for i in range(300000):
    s = f'{i}:{i * 2}-{"x"}'
    t += len(s)
print(t)
