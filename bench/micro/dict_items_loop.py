# Micro benchmark: for over dict.items().
d = {i: i * 2 for i in range(1000)}
t = 0
for r in range(300):
    for k, v in d.items():
        t += k + v
print(t)
