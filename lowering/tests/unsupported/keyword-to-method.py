# error: 3:8: unsupported: keyword arguments to methods
x = [3, 1]
x.sort(reverse=True)
