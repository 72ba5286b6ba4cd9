# `from m import *` of a runtime module binds its public names as globals, seen by functions and globals().
from math import *
from string import *


def area(r):
    return pi * r * r


print(area(2), floor(2.5), sqrt(16))
print(ascii_lowercase[:5], digits)
print('pi' in globals(), 'floor' in globals(), '_private' in globals())
