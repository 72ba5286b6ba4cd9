"""Recursive generators: permutations, tree walks with yield from, and deep recursion limits."""


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


print(list(permutations([1, 2, 3])))
print(sum(1 for _ in permutations(list(range(6)))))


def walk(tree, depth=0):
    label, children = tree
    yield "  " * depth + label
    for child in children:
        yield from walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])
for line in walk(tree):
    print(line)


def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)


print(sum(countdown(300)))


def deep(n):
    yield n
    yield from deep(n + 1)


try:
    for v in deep(0):
        pass
except RecursionError as e:
    print("RecursionError:", e)


def fib_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b


for i, (a, b) in enumerate(fib_pairs()):
    if i == 90:
        print(a, b)
        break
