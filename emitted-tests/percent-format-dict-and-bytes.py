"""%-formatting with mapping keys, repeated keys, missing keys, user __str__/__repr__, and bytes %."""


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print("str %s repr %r" % (p, p), "%s" % p, "%-12s|%12r|" % (p, p))
data = {"user": "bob", "n": 3, "ratio": 0.4567}
print("%(user)s has %(n)d items (%(ratio).1f%%), again %(user)s" % data)
print("%(n)05d|%(n)-5d|%(ratio)+.2e|%(user)10s|%(user)r" % data)
try:
    print("%(missing)s" % data)
except KeyError as e:
    print("KeyError:", e)
try:
    print("%(n)s %s" % data)
except TypeError as e:
    print("TypeError:", e)
print(b"%s and %d, %x, %5.1f" % (b"bytes", 7, 255, 2.25), b"%c%c" % (72, b"i"), b"%%")
print(b"%(k)s" % {b"k": b"v"}, b"%a" % "\xe9")
table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for row in table:
    print("%-8s|%5d|%8.2f|" % row)
print("%s" % {"a": 1}, "%s %s" % ([1], {2}), "%.0s|" % "hidden", "%(a)s%(a)s" % {"a": "-"})
