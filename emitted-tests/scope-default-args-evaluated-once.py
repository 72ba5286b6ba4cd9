"""Default values are evaluated once at def time, in the defining scope; later rebinding doesn't change them."""
calls = []


def make_default(tag):
    calls.append(tag)
    return tag * 2


def f(a=make_default("x"), b=make_default("y")):
    return a, b


print(calls)
print(f(), f(1), f(b=2))
print(calls)

limit = 10


def g(n=limit):
    return n


limit = 20
print(g(), limit)


def outer():
    k = 1

    def inner(v=k):
        return v, k
    k = 2
    return inner()


print(outer())
fs = [lambda i=i: i * 10 for i in range(3)]
print([h() for h in fs])
print(f(), g())
