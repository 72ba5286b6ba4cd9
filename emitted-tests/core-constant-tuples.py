# Tuples of literals are constants, as in CPython's code objects: built once and shared, equal ones merged.
def f():
    return (1, 2)
def g():
    return (1, 2)
print(f() is f(), f() is g(), (1, "a", (2.5, -3, None)) == (1, "a", (2.5, -3, None)))
x = (-99999999999999999999999, -1.5, True, ..., b"x")
print(x, (), type(()))
for d in (-1, 0, 1):
    print(d, d in (0, 1))
print("a" in ("a", "b"), -(-3,)[0])
