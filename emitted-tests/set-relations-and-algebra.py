"""set algebra with methods taking any iterables, comparison operators as subset/superset, isdisjoint."""
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9], (8,), range(2))), sorted(a.intersection(range(3), [2, 1])), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference(range(3, 7))))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {4}, a > a, {1, 9} <= a)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(b), set().isdisjoint(set()))
print(a == {4, 3, 2, 1}, a != b, {1, 2} == [1, 2], {1, 2} == frozenset({1, 2}))
try:
    a | [5]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print({True, 1, 1.0}, {0, False, 0.0}, len({1, True, 2, 2.0}), sorted({-1, -2} | {-3}))
print(sorted({x % 5 for x in range(100)}), sorted(set("mississippi")), len(set("mississippi")))
print(max(a), min(b), sum(a | b), 3 in a, 7 not in a, bool(set()), bool({0}))
