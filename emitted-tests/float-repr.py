"""float repr/str use the shortest round-tripping form; exponent switch at 1e16 and 1e-4; -0.0; int-valued floats."""
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 0.0, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012,
        1 / 3, 2 / 3, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 100.0, 1.5e300 * 1.5e-300, 3.14159, -2.5]
for v in vals:
    print(repr(v), str(v))
print([0.1, -0.0, 1e100], (1.0,), {1.5: 2.25})
print(float("1.10"), float("  -3e2 "), float("1_000.5"), float(".5"), float("5."), float(7), float(-(2 ** 60)))
print(1.0 == 1, 0.1 + 0.2 == 0.3, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(9007199254740993 == 9007199254740993.0, 1e308 * 10, -1e308 * 10)
print(0.1 * 3, 1.1 * 1.1, 100 * 1.1, 3 * 0.1 / 3, 1 - 0.9)
