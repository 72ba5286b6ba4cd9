# error: 3:7: unsupported: builtin 'map'
xs = [3, 1]
print(map(str, xs))
