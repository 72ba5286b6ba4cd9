# A container reached again inside its own repr prints as [...] through containers of other kinds.
from collections import deque, OrderedDict
d = deque([1])
l = [d]
d.append(l)
print(d, l)
o = OrderedDict(a=1)
o['self'] = [o]
print(o)
x = []; x.append(x); print(x)
