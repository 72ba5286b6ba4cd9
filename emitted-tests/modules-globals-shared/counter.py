total = 0


def read():
    return total


def bump():
    global total
    total += 1


def namespace():
    return globals()


def uses_builtin():
    return greeting.upper()


def length(s):
    return len(s)
