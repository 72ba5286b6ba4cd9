"""float() parsing: accepted spellings and the ValueError/TypeError messages for bad input."""
for s in ["3.5", "-0", "1e5", "1E-2", " +2.5 ", "inf", "-Infinity", "nan", "1_0.5", "0x10", "", "abc", "1.2.3", "1e", "_1"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for v in [None, [1.0], "5"]:
    try:
        print(float(v))
    except TypeError as e:
        print("TypeError:", e)
print(float(True), float(-12), float(3.0), int("7") + float("0.5"))
