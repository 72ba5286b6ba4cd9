"""Comprehension filters with walrus (binding leaks to the enclosing scope), conditional expressions, chained ifs."""
data = [1, 4, 9, 16, 25, 30]
roots = [r for x in data if (r := int(x ** 0.5)) ** 2 == x]
print(roots, r)
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print([x if x % 2 else -x for x in range(6)])
print(["fizz" * (i % 3 == 0) + "buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)])
total = 0
running = [total := total + v for v in range(5)]
print(running, total)


def f():
    found = [m for w in ["apple", "kiwi", "banana"] if len(m := w) > 4]
    return found, m


print(f())
vals = [y for x in range(4) for y in [x * x] if y > 2]
print(vals)
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
