# Micro benchmark: comparisons of strs.
words = ['w%05d' % ((i * 7919) % 10000) for i in range(1000)]
t = 0
for r in range(300):
    for i in range(999):
        if words[i] < words[i + 1]:
            t += 1
print(t)
