# error: 2:22: unsupported: keyword arguments to builtin 'sorted'
print(sorted([3, 1], reverse=True))
