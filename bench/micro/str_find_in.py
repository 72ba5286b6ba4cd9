# Micro benchmark: str.find() and the in operator on strs.
s = 'the quick brown fox jumps over the lazy dog'
t = 0
for i in range(300000):
    t += s.find('lazy') + ('fox' in s)
print(t)
