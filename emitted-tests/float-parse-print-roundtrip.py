"""float() parsing forms and repr round-trip: shortest repr, exponents, inf/nan spellings, underscores, errors."""
for text in ["1", "  2.5  ", "-0", "+.5", "5.", "1e3", "1E-3", "1_000.5", "inf", "-Infinity", "nAn", "+inf", "1e308",
             "1e309", "4.9e-324", "2e-324", "0.1", "1.7976931348623157e308", "123456789012345678901234567890"]:
    f = float(text)
    print(repr(text), repr(f), float(repr(f)) == f or f != f)
for v in [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1.5e-7, 1e-4, 0.0001234, 1e22, 1e21, 100.0, 2.0 ** 60]:
    print(repr(v), str(v), float(str(v)) == v)
print(float(5), float(-7), float(True), float(10 ** 20), float("  -3.25e+2 "), 1e400, -1e400, 1e-400)
for bad in ["", "abc", "1.2.3", "1e", "in f", "1__0", "_1", "0x10", "--1", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 309)
except OverflowError as e:
    print("OverflowError:", e)
print(0.1 * 3, 0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3, 1.1 + 2.2, 3.0 * 1.1, 1e16 + 1, 9007199254740993.0)
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
