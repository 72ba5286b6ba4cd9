"""Arithmetic dunders: __add__/__sub__/__mul__/__truediv__/__neg__/__abs__, reflected __radd__/__rmul__, in-place __iadd__, NotImplemented."""


class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"V({self.x}, {self.y})"

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented


a, b = V(1, 2), V(3, -4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 3, b % 3, -a, abs(b))
print(sum([a, b, V(10, 10)]))
c = a
c += b
print(c, a, c is a)
for bad in [lambda: a + 1, lambda: 1 + a, lambda: a * "s", lambda: a @ b]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
