"""Sets: dedup, algebra operators and methods, subset tests, add/discard/remove errors; printed sorted for str elements."""
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1, 2}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([4, 6]))
s = set()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
print(s, len(s), 2 in s, 5 not in s, set(), {0} == {False}, {1, 1.0, True})
s.discard(99)
s.remove(1)
print(s, sorted({"pear", "apple", "fig"}), sorted(set("mississippi")))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
c = {10, 20}
c |= {30}
c &= {20, 30, 40}
c -= {20}
c ^= {99}
print(c, sorted(c), len(c))
c.update([1, 2], {3})
print(sorted(c), {x % 3 for x in range(10)}, set([5, 5, 6]) == {6, 5})
words = {"b", "a"}
words.add("c")
print(sorted(words), sorted(w.upper() for w in words), "a" in words)
