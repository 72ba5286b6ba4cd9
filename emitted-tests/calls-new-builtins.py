"""round/pow/hash/bin/oct/hex/map/filter/slice: values, laziness and errors as CPython gives them."""


def kind(e):
    for t in (KeyError, IndexError, TypeError, ValueError, OverflowError):
        if isinstance(e, t):
            return repr(t)[8:-2]
    return "?"
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16 + 1)], round(7), round(True))
print(round(2.675, 2), round(0.125, 2), round(-0.0, 1), round(1234.5678, -2), round(-1250.0, -2), round(5e-324, 400))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(10 ** 20 + 5 * 10 ** 9, -10), round(15, -1), round(7, 3))
print(round(float("inf"), 2), round(-2.5), round(0.5, 0), round(1e300, -299), round(123.456, -1), round(99.99, -2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, 4, -5), pow(2, -1, 7), pow(10 ** 30, 3, 97))
print(hash(1), hash(-1), hash(-2), hash(2 ** 61), hash(2 ** 70), hash(1.5), hash(-0.25), hash(float("inf")))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash(True) == hash(1), hash(1e300))
print(bin(10), bin(-10), oct(64), hex(255), hex(-2 ** 70), bin(0), hex(True))
doubled = map(lambda v: v * 2, [1, 2, 3])
print(next(doubled), list(doubled), list(doubled))
print(list(map(lambda a, b: a - b, [10, 20, 30], [1, 2])), list(filter(None, [0, 1, "", "a", None])))
print(list(filter(lambda v: v % 3 == 0, range(10))), sum(map(int, "123")), sorted(map(abs, [-3, 1, -2])))
s = slice(1, 8, 2)
print(s, slice(3), "0123456789"[s], [0, 1, 2, 3][slice(None, None, -1)], s == slice(1, 8, 2))
for call in [lambda: round("1.5"), lambda: round(1.5, 1.0), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5),
             lambda: pow(2, -1, 4), lambda: hash([]), lambda: hash((1, [2])), lambda: bin(1.5), lambda: map(abs),
             lambda: filter(None), lambda: list(map(None, [1])), lambda: round(float("nan")),
             lambda: round(float("inf")), lambda: hash(slice(1))]:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as e:
        print(kind(e) + ":", e)
