class C:
    xs = [1, 2, 3]
    factor = 2
    ys = [x * 2 for x in xs]
    zs = [x * factor for x in xs]
    pairs = {k: v for k, v in zip(xs, ys)}
    gen = (a + b for a in xs for b in ys)
