def a():
    x = 0
    def b():
        def c():
            def d():
                nonlocal x
                x += 1
                return x
            return d
        return c
    return b
