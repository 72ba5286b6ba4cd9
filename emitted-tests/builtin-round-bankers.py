"""round(): ties to even for ints and floats, ndigits positive/negative, float representation effects, return types."""
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-0.4))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5, 2), round(7), round(123456789, -4), round(10 ** 20 + 5 * 10 ** 9, -10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, round(True))
print(round(3.14159, 3), round(-3.14159, 1), round(1e20, -15), round(0.1 + 0.2, 10), round(2.5e-5, 5))
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0), round(-0.0, 1), round(0.49999999999999994))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print("TypeError:", e)
