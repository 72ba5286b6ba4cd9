"""inf and nan: creation, arithmetic, comparisons (nan != nan), repr, conversion errors to int."""
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NaN"), float("-nan"))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan])
print(max(1.0, inf), min(-inf, 0), sum([inf, -inf]), abs(-inf))
print(repr(inf), str(nan), f"{inf:.2f}", f"{nan:10}|", f"{-inf:+}", "%f" % inf, "%e" % nan)
x = 1e308
print(x * 10, -x * 10, x + x, 2.0 ** 1023 * 2)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, 10 ** 400 / 10 ** 399)
