"""Comprehension targets don't leak; they can read enclosing locals; nested comprehensions scope correctly."""


def f():
    x = "local x"
    ys = [x for x in range(3)]
    zs = [x + str(i) for i in range(3)]
    return x, ys, zs


print(f())
n = 5
print([n * k for k in range(3)])
print({k: n for k in "ab"})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([i for i in range(10) if i % 2 if i % 3])
try:
    c
except NameError as e:
    print(e)


def closure_over_comp_var():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]


print(closure_over_comp_var())
i = "module i"
print([i for i in i.split()], i)
