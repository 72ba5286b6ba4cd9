"""ZeroDivisionError messages for /, //, %, divmod on ints and floats, and 0.0 ** negative."""
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1 / 0.0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 0.0 ** -1,
    lambda: (10 ** 30) / 0,
    lambda: (10 ** 30) // 0,
    lambda: (10 ** 30) % 0,
    lambda: 0 / 0,
    lambda: True / False,
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), 0.0 / 1, -0.0 / 1, 0 * -1.0)
