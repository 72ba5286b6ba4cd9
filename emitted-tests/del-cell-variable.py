"""del of a variable captured by a closure (a cell) makes the closure's read fail with the free-variable message."""


def outer():
    secret = "s3cr3t"

    def peek():
        return secret
    print(peek())
    del secret
    try:
        peek()
    except NameError as e:
        print("NameError:", e)
    secret = "new"
    print(peek())


outer()


def inner_deletes():
    v = 1

    def kill():
        nonlocal v
        del v

    def read():
        try:
            return v
        except NameError as e:
            return str(e)
    kill()
    r = read()
    try:
        return r, v
    except NameError as e:
        return r, "outer: " + str(e)


print(inner_deletes())
