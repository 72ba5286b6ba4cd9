"""A name that is global in one function and local in another; module-level code rebinding it between calls."""
val = 1


def read():
    return val


def write(v):
    global val
    val = v


def local_only():
    val = "local"
    return val, read()


print(read())
write(2)
print(read(), local_only())
val = 3
print(read())


def conditional_global(flag):
    global val
    if flag:
        val = "flagged"
    return val


print(conditional_global(False), conditional_global(True), val)


def augmented():
    global val
    val = 10
    val *= 3
    val -= 1
    val //= 2
    return val


print(augmented(), val)
