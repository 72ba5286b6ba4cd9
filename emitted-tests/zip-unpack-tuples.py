# zip() builds each tuple as its iterators give the items, and a tuple unpacked into as many targets is copied
# straight in: iterators that run out part-way through a tuple, strict=True, and length mismatches.
log = []


def counted(name, n):
    for i in range(n):
        log.append("%s%d" % (name, i))
        yield i


print(list(zip(counted("a", 3), counted("b", 2), counted("c", 5))), log)
print(list(zip()), list(zip([1, 2])), list(zip("ab", (1, 2, 3), range(10))))
try:
    print(list(zip([1, 2, 3], [4, 5], strict=True)))
except ValueError as e:
    print("ValueError:", e)
try:
    print(list(zip([1], [4, 5], strict=True)))
except ValueError as e:
    print("ValueError:", e)
for i, (x, y) in enumerate(zip("xyz", [10, 20, 30]), 1):
    print(i, x, y, end="; ")
print()
pairs = [(1, 2), (3, 4, 5), (6,), [7, 8], "ab", {9: 0, 10: 1}]
for p in pairs:
    try:
        a, b = p
        print("ok", a, b)
    except ValueError as e:
        print("ValueError:", e)
t = (1, [2], "three")
x, y, z = t
y.append(2.5)
print(x, y, z, t)
(a, b), c = (1, 2), 3
print(a, b, c)
