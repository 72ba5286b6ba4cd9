"""`a + b + c` chains: the left operand of each later `+` is a new value, which the runtime may grow in place
when nothing else holds it. Nothing anyone else can see may change: variables, constants, strs returned by
functions that keep them, one-character strs, results of `x + ""`; chains of lists, tuples, numbers and
classes with __add__/__radd__ keep their semantics and errors."""

KEPT = "kept"
cache = []


def keeps(s):
    cache.append(s)
    return s


def fresh(n):
    return "f" * n


def same(s):
    return s


a, b, c = "ab", "cd", "ef"
x = a + b + c
print(x, a, b, c)
empty = ""
y = a + empty + b
print(y, a, b)
z = same(a) + b + c
print(z, a)
k = keeps(KEPT + "!") + "?" + "."
print(k, cache, KEPT)
w = same(KEPT) + "x" + "y"
print(w, KEPT)
print(fresh(3) + "-" + fresh(2) + "-" + fresh(1))
print(str(12) + ":" + str(345) + ":" + chr(97) + chr(98))
one = chr(65)
print(chr(65) + "b" + "c", one, chr(65))
long_parts = ["p%02d" % i for i in range(40)]
acc = ""
for p in long_parts:
    acc = acc + p + ","
print(len(acc), acc[:20], acc[-12:])
words = []
syll = ["ka", "lo", "mi", "ne", "ru"]
for i in range(12):
    words.append(syll[i % 5] + syll[(i // 5) % 5] + syll[(i * 7) % 5])
print(words, syll)
print([1] + [2] + [3], (1,) + (2,) + (3,), 1 + 2 + 3, 1.5 + 2 + 3)
u = "é" + "ü" + "ß"
print(u, len(u), u.upper())


class Tag:
    def __init__(self, s):
        self.s = s

    def __add__(self, other):
        return Tag(self.s + "+" + str(other))

    def __radd__(self, other):
        return Tag(str(other) + "+" + self.s)

    def __repr__(self):
        return f"Tag({self.s!r})"


print(Tag("t") + "a" + "b", "a" + Tag("t") + "b", "a" + "b" + Tag("t"))
try:
    print("a" + "b" + 3)
except TypeError as e:
    print("TypeError:", e)
try:
    print(fresh(2) + 3 + "x")
except TypeError as e:
    print("TypeError:", e)
d = {}
key = fresh(2) + "k" + "y"
d[key] = 1
key2 = fresh(2) + "k" + "y"
print(d[key2], key == key2, hash(key) == hash(key2), key in {"ffky"})
