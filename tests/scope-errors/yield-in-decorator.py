@(yield)
def f(): pass
