"""Functions and classes are bound when their def/class statement runs; redefinition replaces the binding."""


def greet():
    return "v1"


print(greet())


def greet():
    return "v2"


print(greet())
for mode in ["a", "b"]:
    if mode == "a":
        def pick():
            return "picked a"
    else:
        def pick():
            return "picked b"
    print(pick())


def factory(kind):
    if kind:
        class T:
            name = "truthy"
    else:
        class T:
            name = "falsy"
    return T


print(factory(1).name, factory(0).name, factory(1) is factory(1))


def maybe():
    if False:
        def helper():
            return 1
    try:
        return helper()
    except UnboundLocalError as e:
        return str(e)


print(maybe())
