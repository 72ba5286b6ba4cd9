"""In a class body, a comprehension's first iterable sees class names but its other parts do not (NameError)."""


class Config:
    names = ["a", "b", "c"]
    upper = [n.upper() for n in names]
    size = len(names)
    pairs = [(i, n) for i, n in enumerate(names)]

    try:
        scaled = [n * size for n in names]
    except NameError as e:
        error = str(e)

    try:
        cross = [(n, m) for n in names for m in names]
    except NameError as e:
        cross_error = str(e)


print(Config.upper, Config.pairs, Config.size)
print("scaled" in vars(Config), Config.error)
print(Config.cross_error)


def outer():
    factor = 3

    class Inner:
        vals = [v * factor for v in range(3)]
        factor = 100
        later = [factor]

    return Inner


I = outer()
print(I.vals, I.later, I.factor)
