def f(data):
    if any((hit := x) > 3 for x in data):
        return hit
    total = [last := y for y in data]
    return last, total
[module_level := z for z in range(3)]
def g():
    global gl
    [gl := z for z in range(3)]
def h():
    return [[(inner := a) for a in b] for b in c]
lam = lambda: [(w := q) for q in range(3)]
