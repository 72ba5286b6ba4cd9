"""abs and divmod on ints, bigints, floats and bools; divmod signs follow floor division; errors."""
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-10 ** 30), abs(float("-inf")))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (10 ** 20 + 1, 7), (-(10 ** 20), 3)]:
    q, r = divmod(a, b)
    print(a, b, q, r, q * b + r == a)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), divmod(1, 0.3), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __abs__(self):
        return Money(abs(self.cents))

    def __repr__(self):
        return f"Money({self.cents})"


print(abs(Money(-250)), type(abs(-3)).__name__, type(abs(-3.0)).__name__)
