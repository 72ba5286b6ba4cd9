# An assignment expression in a comprehension binds in the enclosing function scope (or its `nonlocal`
# target), not in the comprehension's own scope; the iteration variable stays private.
def last_big(values, limit):
    found = None
    picked = [found := v for v in values if v > limit]
    return picked, found


def counter():
    total = 0

    def add_all(xs):
        nonlocal total
        [total := total + x for x in xs]
        return total

    return add_all


print(last_big([3, 10, 4, 12, 1], 5))
print(last_big([1, 2], 5))
add = counter()
print(add([1, 2, 3]), add([10]))
x = "module x"
print([x for x in range(3)], x)
print([(y := x * 2) for x in range(3)], y)
