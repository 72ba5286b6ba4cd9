# Micro benchmark: a method calling its base class's through super().
class A:
    def f(self, k):
        return k + 1
class B(A):
    def f(self, k):
        return super().f(k) * 2
b = B()
t = 0
for i in range(500000):
    t += b.f(i)
print(t)
