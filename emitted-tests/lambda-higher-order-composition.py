"""Lambdas as values: composition, currying, returning lambdas, immediately invoked, default args, conditional bodies."""
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, z=3, a=4))
print((lambda x, y=10, *, z=100: x + y + z)(1), (lambda x, y=10, *, z=100: x + y + z)(1, z=0))
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 5)])
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
text = "  Hello World  "
for step in pipeline:
    text = step(text)
print(text)


def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))


print(apply_n(dbl, 10)(1), apply_n(inc, 0)(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print((lambda: None)(), (lambda x: x)(lambda: 1)())
f = lambda: 0
print(f.__name__, callable(f), (lambda n: n and n * 2)(0))
