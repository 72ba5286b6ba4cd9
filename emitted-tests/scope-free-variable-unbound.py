"""A closure reading an enclosing variable that is not yet (or no longer) bound raises NameError about a free variable."""


def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    v = 1
    print("now", inner())
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)


outer()


def outer2():
    def inner():
        try:
            return w
        except NameError as e:
            return "inner caught: " + str(e)
    r = inner()
    w = 2
    return r, inner()


print(outer2())
