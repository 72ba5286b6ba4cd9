"""Lexicographic comparison of lists and tuples, nested structures, equality across types, recursion in repr."""
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, [2, 3]] == [1, [2, 3]])
print((1, 2) == [1, 2], (1, "a") < (1, "b"), (1, 2, 3) >= (1, 2), [1.0, 2] == [1, 2.0])
print(max([[1, 2], [1, 3], [0, 9]]), min((3, "z"), (3, "a")), sorted([(2, "b"), (1, "z"), (2, "a")]))
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
nested = [[1, [2, [3, [4]]]], (5, (6,)), {"k": [7]}]
print(nested, nested[0][1][1][1][0], nested[2]["k"][0])


def flatten(x):
    if isinstance(x, (list, tuple)):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]


print(flatten(nested[:2]), [1, 2] * 2 == [1, 2, 1, 2], [0] != [False], [0] == [False])
