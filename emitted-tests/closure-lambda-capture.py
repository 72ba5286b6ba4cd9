"""Lambdas capture enclosing variables by reference; immediately-invoked and nested lambdas."""


def make(n):
    return lambda x: lambda y: x * n + y


print(make(3)(4)(5))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print((lambda x=[]: x.append(1) or len(x))(), (lambda x=[]: x)())

m = 10
f = lambda: m
m = 20
print(f())


def scope():
    k = 1
    g = lambda: k
    k = 2
    return g()


print(scope())
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: (yield_ := 5) + yield_)())
