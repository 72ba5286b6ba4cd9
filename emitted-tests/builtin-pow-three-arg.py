"""pow with two and three arguments: modular exponentiation, negative exponents with modulus (inverse), errors."""
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0), pow(-8, 2) == 64)
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1), pow(7, 1, 1))
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(123456789, 987654321, 1000000007))
print(pow(3, -1, 7), pow(2, -3, 11), (pow(3, -1, 7) * 3) % 7, pow(38, -1, 97))
print(pow(base=2, exp=5), pow(2, 5, mod=3), 2 ** 100 % 97 == pow(2, 100, 97))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(-1, 10 ** 18), pow(-1, 10 ** 18 + 1), pow(10, 25), pow(-2, -1), pow(1, -100))
