# Micro benchmark: list and str slices.
l = list(range(100))
s = 'abcdefghij' * 10
t = 0
for i in range(100000):
    t += len(l[10:50]) + len(s[5:60]) + len(l[::-1])
print(t)
