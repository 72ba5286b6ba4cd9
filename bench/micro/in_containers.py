# Micro benchmark: the in operator on a list, a set and a dict.
l = list(range(20))
s = set(l)
d = dict.fromkeys(l)
t = 0
for i in range(300000):
    k = i % 40
    t += (k in l) + (k in s) + (k in d)
print(t)
