# Micro benchmark: instance attribute reads and writes.
class P:
    def __init__(self):
        self.x = 0
        self.y = 1
p = P()
for i in range(1000000):
    p.x = p.x + p.y
print(p.x)
