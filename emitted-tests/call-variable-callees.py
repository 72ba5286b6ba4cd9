"""Calls through a function's own variables (locals, parameters, closure cells): functions with defaults,
lambdas, generator functions, classes, builtins, bound methods, callable instances; the callee loaded
before the arguments even when an argument rebinds it (walrus, nonlocal); arity errors; an unbound callee."""


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, k=0):
        return self.v + k

    def __call__(self, x):
        return ("called", self.v, x)

    def __repr__(self):
        return f"Box({self.v})"


def gen(n):
    for i in range(n):
        yield i * i


def with_defaults(a, b=10, c=20):
    return a + b + c


def kinds():
    out = []
    for f in (with_defaults, lambda x, y=1: x * y, gen, Box, abs, Box(5).get, Box(6), len):
        try:
            r = f(3)
        except TypeError as e:
            r = "TypeError: " + str(e)
        out.append(list(r) if f is gen else r)
    return out


def loaded_first():
    f = lambda x: ("first", x)
    r1 = f((f := lambda x: ("second", x)) and 1)
    r2 = f(2)
    return r1, r2


def cell_callee():
    g = lambda x: ("outer", x)

    def swap():
        nonlocal g
        g = lambda x: ("swapped", x)
        return 3

    first = g(swap())
    return first, g(4)


def arity(f):
    results = []
    for args in ((), (1,), (1, 2), (1, 2, 3, 4)):
        try:
            results.append(f(*args) if len(args) > 3 else [f, f][0](*args))
        except TypeError as e:
            results.append("TypeError: " + str(e))
    try:
        results.append(f())
    except TypeError as e:
        results.append("TypeError: " + str(e))
    try:
        results.append(f(1, 2, 3, 4))
    except TypeError as e:
        results.append("TypeError: " + str(e))
    return results


def unbound_callee():
    try:
        h(1)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    h = print
    return "unreachable"


def recursive_local(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return [fact(i) for i in range(n)]


def callbacks(fs, x):
    total = 0
    for f in fs:
        total = f(total + x)
    return total


print(kinds())
print(loaded_first())
print(cell_callee())
print(arity(with_defaults))
print(unbound_callee())
print(recursive_local(8))
print(callbacks([lambda t: t * 2, lambda t: t - 1, abs, int], 5))
