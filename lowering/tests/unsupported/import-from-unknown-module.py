# error: 4:1: unsupported: import of module 'os.path' (py2cpp provides builtins, collections, dataclasses, functools, itertools, math, operator, random, string, sys, time, typing)
# The module of a `from` import is checked as well.
import math
from os.path import join
print(join("a", "b"), math.pi)
