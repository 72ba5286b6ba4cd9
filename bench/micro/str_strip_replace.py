# Micro benchmark: str.strip() and str.replace().
s = '  hello world  '
t = 0
for i in range(300000):
    t += len(s.strip().replace('o', '0'))
print(t)
