# Micro benchmark: chained method calls returning self.
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n = (self.n + k) % 1000003
        return self
c = Counter()
for i in range(500000):
    c.bump(i).bump(1)
print(c.n)
