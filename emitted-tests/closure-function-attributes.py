"""Functions are objects: stored in containers, returned, compared, and carrying a __name__."""


def apply_all(funcs, x):
    return [f(x) for f in funcs]


def sq(x):
    return x * x


def neg(x):
    return -x


table = {"sq": sq, "neg": neg, "abs": abs}
print(apply_all(table.values(), -3))
print(sq.__name__, neg.__name__, (lambda: 0).__name__)
print(sq is table["sq"], sq == neg, callable(sq), callable(3))


def make_multiplier(k):
    def mul(x):
        return x * k
    mul.__name__ = "mul_by_" + str(k)
    return mul


m3 = make_multiplier(3)
print(m3.__name__, m3(7))
pipeline = [sq, neg, make_multiplier(2)]
v = 3
for f in pipeline:
    v = f(v)
    print(f.__name__, v)
