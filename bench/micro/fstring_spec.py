# Micro benchmark: f-strings with format specs (int zero padding, float precision).
t = 0
for i in range(300000):
    s = f'{i:06d}|{i / 7:.2f}'
    t += len(s)
print(t)
