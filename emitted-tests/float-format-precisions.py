# Floats formatted with a precision ('f', 'e', 'g', '%', the upper-case forms, '#', no type): exact ties,
# values near powers of ten, tiny and huge magnitudes, negative zero, infinities and NaN, long precisions.
values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-7, 123.456, -987.654321, 1e16, 1.7976931348623157e308,
          5e-324, 2.675, 1.005, 999.9999, 0.045, 1 / 3, 2 / 3, 12345678.9, float("inf"), float("-inf"), float("nan")]
specs = [".0f", ".1f", ".2f", ".3f", ".10f", ".0e", ".2e", ".5E", ".1g", ".3g", ".12g", ".4G", ".2%", "#.0f",
         ".3", ".0", "10.2f", "<12.3e", "+.2f", "z.1f", ",.2f", ".20f", ".17g", ".30e", ".120f"]
for v in values:
    print(repr(v), " ".join(format(v, s) for s in specs))
x = 0.1
for k in range(40):
    print(f"{x:.{k % 18}f} {x:.{k % 15}e} {x:.{k % 17 + 1}g}", end=" | " if k % 4 != 3 else "\n")
    x = x * 7.3 - k / 3
print("%.3f %.2e %g %10.4f %-8.1f|" % (3.14159, 12345.678, 0.0001234, -2.5, 7.25))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(-0.5), round(1234.5678, -2), round(5e-324, 300))
