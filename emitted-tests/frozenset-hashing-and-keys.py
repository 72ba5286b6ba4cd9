"""frozenset: equality with set, hash equality across construction orders, use as dict key and set member."""
f1 = frozenset([1, 2, 3])
f2 = frozenset((3, 2, 1, 1))
print(f1 == f2, hash(f1) == hash(f2), f1 is not f2, f1 == {1, 2, 3}, {1, 2, 3} == f1)
groups = {}
for word_id, letters in [(1, [3, 1]), (2, [1, 3]), (3, [2]), (4, [3, 1, 1])]:
    groups.setdefault(frozenset(letters), []).append(word_id)
for key in sorted(groups, key=sorted):
    print(sorted(key), groups[key])
print(frozenset(), frozenset(range(3)), repr(frozenset({7})))
print(type(f1 | {4}).__name__, type(f1 & {1}).__name__, type({1} - f1).__name__, type(f1.copy()).__name__)
print(sorted(f1.union({9})), sorted(f1.difference([1])), f1.issubset({1, 2, 3, 4}))
s = {f1, frozenset()}
print(frozenset({3, 2, 1}) in s, frozenset() in s, len(s), frozenset({1, 2, 3}) in {f2: 0})
try:
    {1, 2} in s
    print("set membership converts unhashable set argument")
except TypeError as e:
    print("TypeError:", e)
try:
    {f1: 1}[{1, 2, 3}]
except TypeError as e:
    print("TypeError:", e)
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested)
