# Deleting a cell variable unbinds it for every closure that shares it: the closure's read raises the
# free-variable NameError.
def make():
    value = 42

    def read():
        return value

    print(read())
    del value
    return read


reader = make()
reader()
