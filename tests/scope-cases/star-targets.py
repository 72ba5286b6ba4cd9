a, *b = range(3)
def f():
    [c, *d] = range(3)
    for e, *g in []:
        pass
    with open(x) as (h, i):
        pass
