"""frozenset is hashable and immutable; mixes with set in operators (result type follows the left operand)."""
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f | {9}).__name__, type({9} | f).__name__, f == {1, 2, 3})
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 1})}
print(len(nested), frozenset({1}) in nested)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(f - {1}, f & frozenset({2, 5}), sorted(f ^ {5}), f.issubset(range(5)), f.issuperset([1]))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset() == set(), repr(frozenset()), repr(set()))
