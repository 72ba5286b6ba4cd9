"""The math module: results and errors as CPython's, including big-int arguments."""
import math
from math import sqrt, pi as PI, floor

print(math.sqrt(16), sqrt(2), PI, floor(-2.5), math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.factorial(30), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6), math.lcm())
print(math.isqrt(10**30 + 5), math.isqrt(0), math.comb(50, 20), math.comb(5, 9), math.perm(10, 3), math.perm(5))
print(math.gcd(2**100, 6**50), math.lcm(2**70, 3), math.factorial(True))
print(math.log(100, 10), math.log(2**1000), math.log(10**400), math.log2(1024), math.log10(10**400), math.log1p(1e-20))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod(range(1, 30)), math.prod([1.5, 2]))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.hypot(-7), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.frexp(8.0), math.frexp(0.0), math.modf(-3.25), math.modf(math.inf), math.ldexp(0.5, 4), math.copysign(3, -0.0))
print(math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), math.floor(2**70 + 0.0), math.ceil(True))
print(math.exp(1), math.expm1(1e-10), math.exp2(10), math.cbrt(27), math.cos(0), math.sin(math.pi / 2), math.tan(0.5))
print(math.atan2(1, 1), math.atan(1), math.asin(1), math.acos(0), math.sinh(1), math.cosh(1), math.tanh(0.5))
print(math.asinh(1), math.acosh(2), math.atanh(0.5), math.degrees(math.pi), math.radians(180))
print(math.gamma(5), math.gamma(1), math.erf(1), math.erfc(1), math.ulp(1.0), math.ulp(0.0), math.nextafter(1.0, 2.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2), math.pow(2, 10), math.pow(2, 0.5))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1), math.fabs(-2))


class Meters:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __floor__(self):
        return "floored"


print(math.sqrt(Meters(9)), math.floor(Meters(2)))

failures = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-2**100), lambda: math.exp(1000),
    lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.sqrt("x"), lambda: math.floor(math.inf),
    lambda: math.floor(math.nan), lambda: math.fsum([math.inf, -math.inf]), lambda: math.isqrt(-4),
    lambda: math.comb(-1, 2), lambda: math.perm(3, -1), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3),
    lambda: math.gamma(0), lambda: math.gamma(-3), lambda: math.nosuch, lambda: math.sqrt(), lambda: math.atan2(1),
    lambda: math.log(1, 1), lambda: math.fmod(1, 0), lambda: math.acos(2), lambda: math.sqrt(10**400),
    lambda: math.gcd(1.5), lambda: math.dist((1,), (1, 2)), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.ldexp(1.0, 5000), lambda: math.cosh(1000), lambda: math.remainder(math.inf, 1),
]
for f in failures:
    try:
        print("no error:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
