# Micro benchmark: creating instances of a small class.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y
t = 0
for i in range(300000):
    v = V(i, 2)
    t += v.x
print(t)
