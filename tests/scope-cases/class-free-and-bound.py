def f():
    a = 1
    class C:
        a = a
        global g
        g = 1
        def m(self):
            return a, g
    return C
