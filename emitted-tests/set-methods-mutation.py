"""set mutation methods: add/discard/remove/pop/update/intersection_update/difference_update/clear, KeyError."""
s = {5, 3, 1}
s.add(3)
s.add(4)
s.discard(99)
s.discard(5)
print(sorted(s), len(s))
s.remove(1)
try:
    s.remove(1)
except KeyError as e:
    print("KeyError:", e, repr(e))
s.update([10, 11], range(3), {20})
print(sorted(s))
s.intersection_update(range(0, 15, 2), [0, 2, 4, 10, 20])
print(sorted(s))
s.difference_update({0})
print(sorted(s))
s.symmetric_difference_update({4, 5})
print(sorted(s))
s |= {100}
s &= {2, 5, 100, 7}
s -= {5}
s ^= {7, 100}
print(sorted(s))
one = {42}
print(one.pop(), one, len(one))
try:
    one.pop()
except KeyError as e:
    print("KeyError:", e)
c = {1, 2}
d = c.copy()
d.add(3)
c.clear()
print(c, sorted(d), set(), type(set()).__name__)
try:
    {1}.remove("x")
except KeyError as e:
    print("KeyError:", e)
