# error: 3:18: unsupported: 'from ... import *'
# Which names `*` binds is known only once the module exists.
from math import *
print(pi)
