# Micro benchmark: reading a @property.
class C:
    def __init__(self):
        self._v = 3
    @property
    def v(self):
        return self._v
c = C()
t = 0
for i in range(1000000):
    t += c.v
print(t)
