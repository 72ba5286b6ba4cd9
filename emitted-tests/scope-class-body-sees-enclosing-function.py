"""A class body inside a function sees the function's locals, but a name assigned in the class body is class-local
(looked up in class dict, then globals, never the enclosing function); methods skip the class scope."""


def make():
    a = "func a"
    b = "func b"

    class K:
        b = "class b"
        seen_a = a
        seen_b = b

        def m(self):
            return a, b

    return K


K = make()
print(K.seen_a, K.seen_b, K.b)
print(K().m())

x = "global x"


def make2():
    x = "func x"

    class L:
        x = x + " via class body"  # class-local name: reads the *global* x

        def m(self):
            return x
    return L


L = make2()
print(L.x)
print(L().m())


def make3():
    only_in_func = 1

    class M:
        try:
            only_in_func = only_in_func + 1
        except NameError as e:
            err = str(e)
    return M


print(make3().err)


def make4():
    y = "func y"

    class N:
        z = y  # y not assigned in class body: free variable from make4
    y = "func y changed"
    return N


print(make4().z)
