def f(rows):
    return [[cell for cell in row if cell] for row in rows if row]
def g(m):
    return {k: [v for v in vs] for k, vs in m.items()}
def h(n):
    return [x for x in range(n) for y in range(x) if (x, y)]
x = [i for i in range(3)]
