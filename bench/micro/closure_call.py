# Micro benchmark: calls of a closure.
def mk(k):
    def g(x):
        return x + k
    return g
g = mk(3)
t = 0
for i in range(1000000):
    t += g(i)
print(t)
