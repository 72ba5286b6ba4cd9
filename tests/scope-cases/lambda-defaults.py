def f(n):
    fs = [lambda i=i: i * n for i in range(n)]
    g = lambda x, *args, y=n, **kw: (x, args, y, kw, n)
    return fs, g
k = lambda a, b=lambda: c: a
