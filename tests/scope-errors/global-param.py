def f(a, *, b):
    global b
