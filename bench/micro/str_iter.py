# Micro benchmark: iterating over the characters of a str.
s = 'hello world ' * 1000
t = 0
for r in range(30):
    for ch in s:
        if ch == 'o':
            t += 1
print(t)
