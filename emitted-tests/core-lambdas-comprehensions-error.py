square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late_binding():
    return [lambda: i for i in range(3)]
print([f() for f in late_binding()])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([x for row in matrix for x in row if x % 2 == 0])
words = ["apple", "banana", "cherry"]
lengths = {w: len(w) for w in words if w != "banana"}
print(lengths)
x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
def scale(k):
    return [v * k for v in range(3)]
print(scale(5))
def counter():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = counter()
print([acc(i) for i in range(5)])
compose = lambda f, g: lambda v: f(g(v))
inc = lambda v: v + 1
print(compose(inc, square)(3), compose(square, inc)(3))
print([(i, j) for i in range(3) for j in range(i)])
def boom(v):
    return [10 // (v - k) for k in range(3)]
print(boom(5))
print(boom(2))
