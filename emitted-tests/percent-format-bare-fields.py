# `%d` and `%s` without flags, width or precision (written straight into the result) next to the same fields
# with them, for the values that could go either way: bools, big ints, floats, non-strs, a class's __str__.


class Shout:
    def __str__(self):
        return "HI!"

    def __repr__(self):
        return "Shout()"


for v in [0, 7, -7, 2**63 - 1, -(2**63), 2**64, True, False, 3.99, -0.5]:
    print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d" % (v, v, v, v, v, v, v, v, v))
for v in ["", "abc", "héllo", Shout(), 42, None, [1, "x"], 2.5, True]:
    print("%s|%r|%5s|%-5s|%.2s|" % (v, v, v, v, v))
print("%s and %s, %d%%" % ("a", "b", 50), "%(x)s=%(y)d" % {"x": "key", "y": 3}, "%s" % "only", "%d" % 5)
try:
    print("%d" % "text")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
