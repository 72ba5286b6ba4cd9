"""Nested comprehensions: inner loops see outer loop variables; only the first iterable is evaluated outside."""
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
print([[x * y for x in range(1, 4)] for y in range(1, 3)])
print([(i, j) for i in range(4) for j in range(i)])
print([c for word in ["ab", "cde"] for c in word.upper()])
flat = [v for sub in [[1], [], [2, [3]]] for v in sub]
print(flat)
n = 10
print([n + i for i in range(3)], [[n * j for j in range(i)] for i in range(3)])
x = "module x"
result = [x for x in range(3)]
print(result, x)
table = [[f"{r}{c}" for c in "ab"] for r in range(2)]
print(table)
print([y for x in [[1, 2], [3]] for y in x], x)
print({i: [j for j in range(i) if j % 2 == 0] for i in range(5)})
print(sum(x * y for x, y in zip(range(5), range(5, 10))))


def f(k):
    return [[k * a + b for b in range(k)] for a in range(k)]


print(f(3))
