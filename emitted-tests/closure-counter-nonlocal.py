"""Independent closures each own their cell; nonlocal rebinding is visible to sibling closures sharing it."""


def counter(start=0):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n

    def get():
        return n

    def reset():
        nonlocal n
        n = start
    return inc, get, reset


inc1, get1, reset1 = counter()
inc2, get2, _ = counter(100)
print(inc1(), inc1(), inc1(5), get1())
print(inc2(), get2(), get1())
reset1()
print(get1(), get2())
print(inc1.__name__, get1.__name__)


def acc():
    total = []

    def add(x):
        total.append(x)
        return sum(total)
    return add


a = acc()
b = acc()
print(a(1), a(2), b(10), a(3), b(20))
