"""Parameters are locals: they shadow globals and builtins; a comprehension may reuse a parameter name."""
x = "global"


def f(x, list=None):
    if list is None:
        list = "param named list"
    return x, list


print(f(1), f(2, [3]))
print(list(range(3)))


def g(i):
    squares = [i * i for i in range(4)]
    return i, squares


print(g("param i"))


def h(print):
    return print * 2


print(h(21))


def k(*, sum=0, **kwargs):
    return sum, sorted(kwargs)


print(k(), k(sum=5, max=1, min=2))
print(sum([1, 2]), max(3, 4))
