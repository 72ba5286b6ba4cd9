# Micro benchmark: int(str(i)).
t = 0
for i in range(300000):
    t += int(str(i))
print(t)
