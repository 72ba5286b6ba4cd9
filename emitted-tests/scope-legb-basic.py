"""LEGB lookup: local shadows enclosing shadows global shadows builtin; builtins reachable when not shadowed."""
x = "global"
len = "global-len"


def outer():
    x = "enclosing"

    def inner():
        x = "local"
        print("inner x:", x)

    def inner2():
        print("inner2 x:", x)

    def inner3():
        print("inner3 len:", len)
        print("inner3 abs:", abs(-5))

    inner()
    inner2()
    inner3()
    print("outer x:", x)


outer()
print("module x:", x)
print("module len:", len)
del len
print("after del, builtin len:", len([1, 2, 3]))


def shadow_builtin():
    max = lambda *a: "mine"
    return max(1, 2)


print(shadow_builtin(), max(1, 2))
