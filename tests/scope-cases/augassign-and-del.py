x = 0
def f():
    x += 1
def g():
    y = 1
    y += 1
    del y
def h(z):
    z.attr += 1
    z[0] -= 1
