"""__init__, __repr__ vs __str__ selection by print/str/repr/f-strings/containers; default object repr avoided."""


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Named:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "Named:" + self.n

    def __repr__(self):
        return "<Named " + repr(self.n) + ">"


class OnlyStr:
    def __str__(self):
        return "only-str"


p = Point(1, "a")
n = Named("z")
print(p, str(p), repr(p), [p], (p,), {"k": p})
print(n, str(n), repr(n), [n], f"{n}", f"{n!r}", "%s %r" % (n, n), "{} {!r}".format(n, n))
print(OnlyStr(), str(OnlyStr()), f"{OnlyStr()}", len(repr(OnlyStr())) > 0, repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
print(Point(Point(1, 2), [Named("q")]))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
