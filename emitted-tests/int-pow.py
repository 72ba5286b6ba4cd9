"""pow with int exponents: big results, negative exponent gives float, three-argument pow incl. negative/inverse."""
print(2 ** 10, 2 ** 100, (-2) ** 63, (-2) ** 64, 0 ** 0, 1 ** 10 ** 6 if False else 1)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(pow(2, 10), pow(3, 200, 1000), pow(-3, 3, 7), pow(3, 3, -7), pow(7, -1, 11), pow(2, 0, 1))
print(pow(12345678901234567890, 3, 10 ** 9 + 7))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(pow(2, 0.5), 4 ** 0.5, 8 ** (1 / 3))
print(type(2 ** 2).__name__, type(2 ** -2).__name__)
