# Micro benchmark: a method call that updates an attribute.
class C:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
c = C()
for i in range(1000000):
    c.inc(1)
print(c.n)
