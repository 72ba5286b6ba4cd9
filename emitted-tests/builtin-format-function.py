"""format(value, spec) builtin and str.format with the same specs; __format__ on user classes; errors."""
print(format(42), format(42, "5d"), format(42, "<5") + "|", format(42, "x"), format(42, "#o"), format(42, "08b"))
print(format(3.14159, ".2f"), format(3.14159, "10.3e"), format(0.000123, "g"), format(1e10, "g"), format(2 / 3, ".3%"))
print(format("text", ">8"), format("text", "*^10"), format("text", ".2"), format(True), format(True, "d"), format(None))
print(format(1234567, ","), format(1234567, "_"), format(-1234.5, "+,.1f"), format(5, "+"), format(-5, " "))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"), "{0}{1}{0}".format("x", "y"), "{k}={v!r}".format(k="key", v="val"))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9), "{0[1]}{1[a]}".format("xy", {"a": "A"}))


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __format__(self, spec):
        if spec == "F":
            return f"{self.deg * 9 / 5 + 32:.1f}F"
        return f"{self.deg}C" if not spec else format(self.deg, spec)


t = Temp(21.5)
print(format(t), format(t, "F"), f"{t:F} / {t} / {t:08.2f}", "{:F}".format(t))
for value, spec in [(1.5, "d"), ("s", "d"), (3, "s"), (1, ",x"), ("abc", "=5")]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print("ValueError:", e)
try:
    format(object(), "5")
except TypeError as e:
    print("TypeError:", e)
