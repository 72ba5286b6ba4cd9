# error: 3:8: unsupported: import of module 'json' (py2cpp provides builtins, collections, dataclasses, functools, itertools, math, operator, random, string, sys, time, typing)
# The runtime provides a few modules; importing any other is refused, naming the module.
import json
print(json.dumps([1]))
