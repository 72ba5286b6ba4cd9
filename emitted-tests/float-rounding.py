"""round() uses banker's rounding on exact binary values; round with ndigits; int() truncates; float formatting."""
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), round(v, 2), round(v, 1), type(round(v)).__name__)
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(2.5, 0), round(7), round(-7.49), round(1e300), round(0.1 + 0.2, 10))
print(int(2.9), int(-2.9), int(1e20), int(-0.0))
print("%.2f %.0f %.0f %.3e %g %g %g" % (2.675, 0.5, 1.5, 12345.678, 0.0001, 1e-5, 123456789.0))
print(format(3.14159, ".3f"), format(2.5, ".0f"), format(1e16, "f"), format(0.1, ".20f"))
print(f"{1/3:.5}", f"{1234.5:g}", f"{1e-7:g}", f"{12.0:g}", f"{0.000012345:.3g}")
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
