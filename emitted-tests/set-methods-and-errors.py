"""set/frozenset methods, operators, comparisons and their errors, without relying on other features."""
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9], (8,), range(2)), a.intersection(range(3), [2, 1]), a.difference([1], [2]), a.union())
print(a.symmetric_difference(range(3, 7)), a.intersection(), a.difference())
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {4}, a > a, {1, 9} <= a, a > {1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(b), set().isdisjoint(set()))
print(a == {4, 3, 2, 1}, a != b, {1, 2} == [1, 2], {1, 2} == frozenset({1, 2}), frozenset() == set())
print({True, 1, 1.0}, {0, False, 0.0}, len({1, True, 2, 2.0}), {1} == {1.0}, 1.0 in {1}, True in {1})
print(max(a), min(b), sum(a | b), 3 in a, 7 not in a, bool(set()), bool({0}), len(set()))
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, f | {9}, {9} | f, f == {1, 2, 3}, f.copy() is f, repr(frozenset()), repr(set()))
print(f - {1}, f & frozenset({2, 5}), f ^ {5}, f.issubset(range(5)), f.issuperset([1]), frozenset(f) is f)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], d.get(frozenset([2, 3, 1])))
nested = {frozenset({1}), frozenset({1}), frozenset({2, 1})}
print(len(nested), frozenset({1}) in nested, {1} in nested, {1, 2} in nested)
s = {5, 3, 1}
s.add(3)
s.add(4)
s.discard(99)
s.discard(5)
print(s, len(s))
s.remove(1)
s.update([10, 11], range(3), {20}, {30: "x"})
print(s)
s.intersection_update(range(0, 15, 2), [0, 2, 4, 10, 20])
print(s)
s.difference_update({0}, [99])
s.symmetric_difference_update({4, 5})
print(s)
alias = s
s |= {100}
s &= {2, 5, 100, 7}
s -= {5}
s ^= {7, 100}
print(s, alias is s, alias)
g = frozenset({1, 2})
h = g
g |= {3}
print(g, h, g is h)
one = {42}
print(one.pop(), one, len(one))
c = {1, 2}
e = c.copy()
e.add(3)
c.clear()
print(c, e)
for bad in [lambda: a | [5], lambda: a < [1], lambda: {[1]}, lambda: {1}.add({2}), lambda: {{1}},
            lambda: {1}.remove(2), lambda: set().pop(), lambda: {{1}: 2}, lambda: frozenset([[1]]),
            lambda: set(1), lambda: set([1], [2]), lambda: {1}.union(5), lambda: a.issubset(3),
            lambda: [x for x in {1, 2} if {1, 2}.add(3)], lambda: {frozenset(), {1}}]:
    try:
        print(bad())
    except (TypeError, KeyError, RuntimeError) as err:
        print(isinstance(err, TypeError), isinstance(err, KeyError), err)
try:
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
except RuntimeError as err:
    print("RuntimeError:", err)
k = {1, 2}
k -= k
print(k)
m = {3, 4}
m ^= m
print(m, m.union(m), {1, 2}.intersection({1, 2}))
print(frozenset({1: 2, 3: 4}), set(frozenset({7})), set(set([8])), frozenset("aa"))
print(frozenset({frozenset({1, 2}), frozenset()}) == frozenset([frozenset(), frozenset([2, 1])]))
