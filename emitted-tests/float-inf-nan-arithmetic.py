"""inf and nan arithmetic and comparisons: nan != nan, inf - inf is nan, min/max/sorted with nan, int conversions."""
inf, nan = float("inf"), float("nan")
print(inf + 1, inf * -2, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf, inf % 2)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], inf == inf, -inf < -1e308 < inf)
print(inf > 10 ** 400, -inf < -(10 ** 400), 10 ** 400 < inf, max(1, inf), min(-inf, 0), abs(-inf))
print(nan + 1, nan * 0, -nan, abs(nan), str(nan), repr(-inf), f"{inf:.2f}", f"{nan:e}", float("-nan"))
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3, 1, 2]), round(inf, 1) == inf)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2, 1e-320 / 1e10, 5e-324 / 2)
for a, b in [(1.0, 0.0), (0.0, 0.0), (inf, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print((-8.0) ** 2, 0.0 ** 0, inf ** 0, nan ** 0, 1 ** nan)
