# Micro benchmark: a list comprehension over a range.
t = 0
for i in range(3000):
    l = [x * 2 for x in range(100)]
    t += l[-1]
print(t)
