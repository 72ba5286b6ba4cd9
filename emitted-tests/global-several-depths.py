"""global inside nested functions refers to the module, skipping enclosing function locals of the same name."""
x = "module"


def outer():
    x = "outer local"

    def middle():
        global x
        x = "set by middle"

        def inner():
            return x  # middle declared x global, so this is the global, not outer's local
        return inner()
    r = middle()
    return x, r


print(outer())
print(x)


def a():
    y = "a-local"

    def b():
        def c():
            global y
            y = "global y from c"
            return y
        return c(), y
    return b(), y


print(a())
print(y)


def d():
    global z
    z = 1

    def e():
        return z
    z = 2
    return e()


print(d(), z)
