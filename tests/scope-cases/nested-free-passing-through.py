def a():
    v = 1
    def b():
        def c():
            def d():
                return v
            return d
        return c
    class K:
        def m(self):
            return v
    return b
