"""dict comprehensions: conditional values, nested loops, key collisions keep last, from zip/enumerate."""
names = ["ann", "bob", "cy", "dee"]
print({n: len(n) for n in names})
print({i: n for i, n in enumerate(names) if i % 2 == 0})
print({len(n): n for n in names})
print({n[0]: ("long" if len(n) > 2 else "short") for n in names})
print({(r, c): r * c for r in range(1, 3) for c in range(1, 3)})
print({k: v for k, v in zip("abc", range(10))})
grouped = {k: [n for n in names if len(n) == k] for k in sorted({len(n) for n in names})}
print(grouped)
matrix = {r: {c: r + c for c in range(2)} for r in range(2)}
print(matrix, matrix[1][1])
swap = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(swap)
key = "outer"
print({key: key * 2 for key in ["x", "y"]}, key)
print({i: i ** 2 for i in range(-2, 3) if i}, {})
filtered = {k: v for k, v in {"a": None, "b": 0, "c": 1}.items() if v is not None}
print(filtered)
