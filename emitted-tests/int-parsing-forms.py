"""int() parsing: whitespace, signs, underscores, bases 2-36, base 0 prefixes, from floats and bools."""
print(int("  12  "), int("\t-7\n"), int("+0"), int("-0"), int("1_000"), int("1_0_0"), int("007"), int(" \u0663\u0664 "))
print(int("0x10", 16), int("10", 16), int("ff", 16), int("FF", 16), int("0b101", 2), int("0o17", 8), int("z", 36))
print(int("0x1F", 0), int("0b11", 0), int("0o17", 0), int("42", 0), int("1_0", 0), int("0_0", 0), int("-0x_ff", 0))
print(int("zz", 36), int("101", 2), int("777", 8), int("Ab", 12), int(" -1a ", 16), int("0XAB", 16))
print(int(3.99), int(-3.99), int(1e20), int(True), int(False), int(-0.0), int(2.5e3), int(10 ** 20 + 0.0))
print(int(), int("9" * 40), int("-" + "1" * 30), int(" 5 "))
for text, base in [("12a", 10), ("", 10), ("  ", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("012", 0),
                   ("8", 8), ("2", 2), ("1.5", 10), ("++1", 10), ("1 2", 10), ("g", 16), ("12", 1), ("12", 37)]:
    try:
        print(repr(text), base, int(text, base))
    except ValueError as e:
        print("ValueError:", e)
for value in [float("inf"), float("nan"), "1e3", None, [1]]:
    try:
        print(int(value))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
