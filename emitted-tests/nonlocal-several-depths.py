"""nonlocal binds to the nearest enclosing function that has the name, skipping intermediate scopes."""


def outer():
    x = "outer"
    y = "outer-y"

    def middle():
        y = "middle-y"

        def inner():
            nonlocal x, y
            x = "set by inner"
            y = "y set by inner"
        inner()
        return y
    my = middle()
    return x, y, my


print(outer())


def three():
    n = 0

    def two():
        nonlocal n
        n += 1

        def one():
            nonlocal n
            n += 10
        one()
        one()
        return n
    r = two()
    return r, n


print(three())


def nonlocal_loop_var():
    i = -1

    def run():
        nonlocal i
        for i in range(5):
            pass
    run()
    return i


print(nonlocal_loop_var())
