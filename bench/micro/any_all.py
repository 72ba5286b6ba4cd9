# Micro benchmark: any() and all() over generator expressions that stop early.
data = list(range(1000))
t = 0
for r in range(1000):
    t += any(x > 998 for x in data) + all(x >= 0 for x in data)
print(t)
