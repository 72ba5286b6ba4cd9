"""del unbinds a local: reading afterwards is UnboundLocalError; rebinding works; del twice fails."""


def f():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("read:", e)
    try:
        del x
    except UnboundLocalError as e:
        print("del again:", e)
    x = 2
    return x


print(f())


def del_in_loop():
    out = []
    for i in range(3):
        tmp = i * i
        out.append(tmp)
        del tmp
    try:
        tmp
    except NameError as e:
        out.append(type(e).__name__)
    return out


print(del_in_loop())


def del_items():
    a, b, c = 1, 2, 3
    del a, b
    try:
        return c, a
    except UnboundLocalError as e:
        return c, str(e)


print(del_items())
