import a
def g():
    return "b.g", a.counter
