"""Unpacking mismatches raise ValueError with CPython's messages; unpacking non-iterables raises TypeError."""
cases = [
    lambda: [1, 2, 3],
    lambda: [1],
    lambda: [],
    lambda: "abcd",
    lambda: iter([1, 2, 3]),
    lambda: 5,
    lambda: None,
]
for make in cases:
    try:
        x, y = make()
        print("ok", x, y)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for seq in [[1], [], [1, 2, 3, 4]]:
    try:
        a, b, *c = seq
        print("ok", a, b, c)
    except ValueError as e:
        print("ValueError:", e)
try:
    (a, b), c = [1, 2], 3
    print(a, b, c)
    (a, b), c = [1], 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b = 7
except TypeError as e:
    print("TypeError:", e)
