# Micro benchmark: a class's __add__ making new instances.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
a = V(1)
b = V(2)
for i in range(300000):
    a = a + b
print(a.x)
