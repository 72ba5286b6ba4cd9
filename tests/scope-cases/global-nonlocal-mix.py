g = 1
def f():
    global g
    def inner():
        return g
    return inner
def h():
    x = 1
    def i():
        nonlocal x
        def j():
            return x
        return j
    return i
