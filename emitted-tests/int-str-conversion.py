"""int() from strings with bases, signs, whitespace and underscores; str()/repr()/format() of ints; error messages."""
print(int("42"), int("  -17\n"), int("+8"), int("1_000_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("777", 8), int("1010", 2), int("-0b11", 0), int(3.99), int(-3.99), int(True))
print(str(123), repr(-45), str(10 ** 30), format(1234567, ","), format(1234567, "_"), format(-42, "+d"))
for bad in ["", "abc", "1.5", "1__0", "_1", "0x", " ", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for s, b in [("8", 8), ("g", 16), ("010", 0), ("2", 2)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int("١٢٣"), int("  ０７ "))
