"""Free variables that pass through several intermediate scopes which do not use them themselves."""


def l1():
    a = "a1"

    def l2():
        b = "b2"

        def l3():
            c = "c3"

            def l4():
                return a + b + c
            return l4
        return l3()
    return l2()


print(l1()())


def shadow_middle():
    x = "outer"

    def mid():
        x = "mid"

        def inner():
            return x
        return inner()

    def mid2():
        def inner():
            return x
        return inner()
    return mid(), mid2()


print(shadow_middle())


def rebinding_through():
    v = 0

    def a():
        def b():
            def c():
                nonlocal v
                v += 1
                return v
            return c
        return b()
    f = a()
    f()
    f()
    return v


print(rebinding_through())
