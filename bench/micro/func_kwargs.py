# Micro benchmark: a call with a keyword argument and defaults.
def f(a, b=2, c=3):
    return a + b + c
t = 0
for i in range(1000000):
    t += f(i, c=4)
print(t)
