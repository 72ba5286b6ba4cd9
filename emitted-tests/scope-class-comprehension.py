"""Comprehensions in a class body cannot see class-level names except the outermost iterable."""
g = [100, 200]


class A:
    items = [1, 2, 3]
    factor = 10
    doubled = [i * 2 for i in items]          # items is evaluated in class scope: OK
    try:
        scaled = [i * factor for i in items]  # factor is not visible
    except NameError as e:
        err = str(e)
    uses_global = [i + g[0] for i in items]
    nested = [(i, j) for i in items for j in range(i)]
    gen = list(x for x in items if x > 1)
    names = {k: k * k for k in items}


print(A.doubled)
print(A.err)
print(hasattr(A, "scaled"))
print(A.uses_global)
print(A.nested)
print(A.gen)
print(A.names)
print(hasattr(A, "i"), hasattr(A, "x"), hasattr(A, "k"))
