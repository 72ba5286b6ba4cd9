"""An uncaught unexpected keyword argument to a builtin."""
print(sorted([3, 1], key=lambda v: -v))
print(max([1, 5, 2], default=0, key=None))
print(sum([1, 2], start=10))
print(sorted([3, 1], cmp=None))
