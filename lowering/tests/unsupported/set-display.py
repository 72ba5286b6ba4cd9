# error: 2:5: unsupported: sets
s = {1, 2}
