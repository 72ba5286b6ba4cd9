"""Sets of ints print in CPython's table order: growth, collisions, deleted slots, pops, copies and algebra."""
print({3, 1, 2}, {100, 5, 37, 8, 64}, {-1, -2, 0, 1}, set(range(20)) - {5})
print({0, 8, 16, 24, 32}, {1 << 40, 7, 1 << 62, -(1 << 62)}, {2 ** 61 - 1, 2 ** 61, -1, -2})
print({1.5, 0.25, 2.0, -3.75, 1e100}, {(1, 2), (2, 1), (0,), ()}, {True, 2, 3.0})
state = 12345
s = set()
history = []
for step in range(400):
    state = (state * 1103515245 + 12345) % 2147483648
    value = state % 97
    if state % 5 < 3:
        s.add(value)
    else:
        s.discard(value)
    if step % 50 == 49:
        print(s)
print(len(s))
t = set()
for i in range(0, 200, 7):
    t.add(i * 31)
print(t)
for i in range(0, 200, 14):
    t.remove(i * 31)
print(t, len(t))
for i in range(500, 520):
    t.add(i)
print(t)
p = set(range(30, 0, -3))
popped = [p.pop() for _ in range(4)]
print(popped, p)
p.add(0)
p.add(1000)
print(p.pop(), p.pop(), p)
big = set(range(100))
print(big - set(range(0, 100, 2)))
print(big & {5, 500, 50, 95}, {5, 500, 50, 95} & big)
print(set(range(10)) ^ set(range(5, 15)), set(range(5)) | set(range(40, 45)) | {7})
c = set(range(7))
d = c.copy()
d.update(range(50, 60))
print(c, d)
e = {1, 2, 3}
e |= {64, 128}
e &= {1, 2, 64, 999}
e ^= {3, 2}
e -= {64}
print(e)
print(set({10: "a", 2: "b", 33: "c"}), set((9, 8, 7)), set("abc") == {"c", "b", "a"}, set([]))
print(frozenset(range(12, 0, -1)), frozenset({99, 1}) | {50})
u = {n * n % 17 for n in range(40)}
print(u, sorted(u))
v = {x for x in [5, 3, 5, 1, 3]}
print(v, len(v))
w = set(range(8))
w.difference_update(range(0, 8, 2))
w.intersection_update([1, 3, 5, 7, 9])
w.symmetric_difference_update(range(6))
print(w)
print({(i, i * i) for i in range(6)})
print({x % 7: x for x in range(20)}.keys() == set(range(7)))
for x in {100, 5, 37, 8, 64, 128, 16}:
    print(x, end=" ")
print([x for x in {33, 1, 65, 97, 129}], [y for x in [1] for y in {40, 8, 72}])
print({100, 5, 37, 8, 64, 128, 16}, {-3 + 0, 2 * 8, 8, 40 - 8, 16 + 16})
