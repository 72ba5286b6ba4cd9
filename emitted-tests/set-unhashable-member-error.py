"""Uncaught TypeError: a set cannot be a set member (unhashable type: 'set')."""
groups = {frozenset({1, 2}), frozenset({3})}
print(frozenset({2, 1}) in groups, {3} in groups)
groups.add({4})
