# Sorting by int keys, float keys and (int, int) pairs: ties keep their original order (stability is
# visible through objects with equal keys), equal first items fall to the second, reverse keeps equal
# items in order, and keys that are not all pairs or not all ints take the general comparison, including
# one that raises.


class Obj:
    def __init__(self, tag, a, b):
        self.tag = tag
        self.a = a
        self.b = b

    def __repr__(self):
        return self.tag


x = 7
objs = []
for i in range(60):
    x = (x * 1103515245 + 12345) % 2147483648
    objs.append(Obj(f"o{i}", x % 5 - 2, x // 7 % 4 - 1))

print(sorted(objs, key=lambda o: o.a))
print(sorted(objs, key=lambda o: o.a, reverse=True))
print(sorted(objs, key=lambda o: (o.a, o.b)))
print(sorted(objs, key=lambda o: (o.a, o.b), reverse=True))
print(sorted(objs, key=lambda o: float(o.b) * 0.0))  # 0.0 and -0.0 tie
print(sorted(objs, key=lambda o: o.b / 3))
print(sorted(objs, key=lambda o: (o.a, o.b, o.tag))[:10])
print(sorted(objs, key=lambda o: (o.a,) if o.b < 0 else (o.a, o.b))[:10])
print(sorted(objs, key=lambda o: (o.a, float(o.b)))[:10])
print(sorted(objs, key=lambda o: (o.a, 2**70 + o.b))[:10])

pairs = [(v % 10, v // 10 % 3) for v in range(100)]
pairs.sort()
print(pairs[:12], pairs[-3:])
big = [(2**63 - 1, -(2**63)), (-(2**63), 2**63 - 1), (0, 0), (-(2**63), -(2**63)), (2**63 - 1, 2**63 - 1)]
print(sorted(big))
print(sorted(big, reverse=True))
print(sorted([(1, 2), (1, 2.5), (1, 1), (0, True), (0, False)]))
print(sorted([(3, 1), (True, 0), (1, -1), (False, 9)]))

try:
    sorted([(1, 2), (1, "x"), (0, 3)])
except TypeError as e:
    print("TypeError", e)
xs = [(2, 1), (1, None), (1, 5)]
try:
    xs.sort()
except TypeError as e:
    print("TypeError", e, xs)
print(sorted([(1, 2), (1, 2, 3), (1,), (0, 9, 9)]))
print(sorted(range(20), key=lambda v: -(v % 4)))
print(sorted([-0.0, 0.0, -1.5, 2.5, 0.0, -0.0], key=lambda v: v))
