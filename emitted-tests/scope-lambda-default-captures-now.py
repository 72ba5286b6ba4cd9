# Closures made in a loop all see the variable's final value; a default argument captures the value now.
late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])


def make():
    fs = []
    for name in ["a", "b", "c"]:
        fs.append(lambda: name.upper())
    name = "z"
    return fs


print([f() for f in make()])


def adders():
    out = []
    n = 0
    while n < 3:
        out.append(lambda x, n=n: x + n)
        n += 1
    return out


print([f(10) for f in adders()])
