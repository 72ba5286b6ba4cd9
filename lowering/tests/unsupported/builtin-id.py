# error: 3:7: unsupported: builtin 'id'
xs = [3, 1]
print(id(xs))
