"""A variable captured by several closures and modified by the enclosing function after they are created."""


def outer():
    x = 1

    def read():
        return x

    def write(v):
        nonlocal x
        x = v
    r1 = read()
    x = 2
    r2 = read()
    write(3)
    r3 = x
    return r1, r2, r3, read


r1, r2, r3, read = outer()
print(r1, r2, r3, read())


def cells_in_loop():
    out = []
    for i in range(3):
        def mk():
            v = i * 10
            return lambda: v
        out.append(mk())
    return [f() for f in out]


print(cells_in_loop())


def param_captured(a, b=2):
    def f():
        return a + b
    a = a * 100
    return f()


print(param_captured(1), param_captured(1, 3))
