"""collections.deque: both ends, maxlen eviction, rotate, indexing and its errors, iteration and the
mutation check, repr, comparisons, + * += *=, and a subclass."""
from collections import deque


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), bool(deque()), d[0], d[-1], d[2], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d, list(d), list(reversed(d)))
d.rotate()
print(d)
d.rotate(-3)
print(d)
d.rotate(12)
print(d)
d.reverse()
print(d, d.count(2), d.count("zz"), d.index(2), d.index("a"))
d.remove("a")
d.insert(1, "x")
d.insert(-1, "y")
d.insert(100, "end")
print(d)
d[0] = "first"
d[-1] = "last"
del d[1]
print(d, d.index(10, 1), d.index(20, -6, -1))
c = d.copy()
c.clear()
print(c, d == c, d.maxlen, c.maxlen)

# maxlen: appends on one end evict from the other
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([7, 8])
print(b)
b.extendleft("pq")
print(b, b.copy(), deque(maxlen=0), deque([], 2))
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
print(deque(iterable=[1, 2], maxlen=5), deque("hello", 2))

# comparisons and arithmetic
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
print(sorted([deque([2]), deque([1, 5]), deque([1])]))
print(deque([1, 2]) + deque([3]), deque("ab") * 2, 3 * deque([0]), deque([1]) * 0)
print(deque([1, 2, 3], maxlen=3) + deque([4]), deque([1, 2], maxlen=3) * 3)
e = deque([1])
e += [2, 3]
e += deque([4])
print(e)
e *= 2
print(e)
alias = e
e += e
print(alias is e, len(e))

# iteration and mutation
total = 0
for x in deque(range(10)):
    total += x
print(total, sum(deque([1.5, 2.5])), max(deque("zebra")), sorted(deque([3, 1, 2])))
it = iter(deque([1, 2]))
print(next(it), next(it), next(it, "done"))
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as err:
    print("RuntimeError", err, m)
m2 = deque([1, 2, 3])
for x in m2:
    m2[0] = 99  # assignment does not count as a mutation
print(m2)

# nesting and repr
nest = deque([[1, 2], (3,), "s", None])
print(nest, repr(deque()), str(deque([1.5])))
selfref = deque([1])
selfref.append(selfref)
print(selfref)
print([deque([1])], {"k": deque()})

# errors
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1])[1])
attempt(lambda: deque([1])[-2])
attempt(lambda: deque([1])["0"])
attempt(lambda: deque([1])[0:1])
attempt(lambda: deque([1, 2]).index(5))
attempt(lambda: deque([1, 2]).remove(5))
attempt(lambda: deque([1], maxlen=1).insert(0, 2))
attempt(lambda: deque([1]) + [2])
attempt(lambda: deque([1]) * "a")
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(5))
attempt(lambda: deque([1], "a"))
attempt(lambda: hash(deque()))
attempt(lambda: deque([1]) < [1])
attempt(lambda: deque().rotate("a"))
attempt(lambda: deque().append())
attempt(lambda: deque().append(1, 2))
attempt(lambda: deque().pop(1))
attempt(lambda: deque().rotate(1, 2))
attempt(lambda: deque().index())
attempt(lambda: deque().insert(1))
attempt(lambda: deque().count())
attempt(lambda: deque(1, 2, 3))
attempt(lambda: deque().nothing)


def set_maxlen():
    deque().maxlen = 3


attempt(set_maxlen)


def bad_index():
    q = deque([1, 2])
    q[5] = 0


def bad_del():
    q = deque([1, 2])
    del q[-3]


attempt(bad_index)
attempt(bad_del)


# a subclass keeps the deque behaviour and adds its own
class History(deque):
    def __init__(self, items, limit):
        super().__init__(items, limit)
        self.label = "h"

    def last(self):
        return self[-1]


h = History([1, 2, 3], 2)
h.append(4)
print(h, h.last(), h.label, len(h), isinstance(h, deque), type(h).__name__, h.maxlen)
print(type(h.copy()).__name__, h.copy(), History.__mro__)
print(deque.__name__, deque, type(deque([1])) is deque, isinstance(deque(), deque))
