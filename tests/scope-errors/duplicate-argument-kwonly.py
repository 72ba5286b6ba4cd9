def f(a, *, b, **b):
    pass
