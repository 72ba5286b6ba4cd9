def f():
    x = 1
    def g():
        return x
    del x
    return g
def h():
    y = 2
    del y
