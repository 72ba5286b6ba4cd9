def f(*args, **kw):
    global kw
