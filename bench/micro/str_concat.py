# Micro benchmark: str + str(int) + str.
t = 0
for i in range(300000):
    s = 'ab' + str(i) + 'cd'
    t += len(s)
print(t)
