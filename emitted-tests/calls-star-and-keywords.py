"""*args/**kwargs parameters and f(*a, **k) calls: binding, ordering, defaults, mixes with keywords."""


def collect(a, b=2, *rest, key=None, **options):
    return a, b, rest, key, sorted(options.items())


print(collect(1))
print(collect(1, 2, 3, 4))
print(collect(*[1, 2, 3], key="k", x=1, y=2))
print(collect(1, *(5, 6), *range(2), **{"z": 0}, key=9))
print(collect(**{"a": "A", "b": "B", "other": 1}))
args = (10, 20)
kwargs = {"key": "K"}
print(collect(*args, **kwargs), collect(*"xy"), collect(*{"p": 1, "q": 2}))


def kwonly(*, a, b=5):
    return a * b


print(kwonly(a=2), kwonly(b=3, a=4), kwonly(**{"a": 1}))


def posonly(x, y=10, /, z=100):
    return x + y + z


print(posonly(1), posonly(1, 2), posonly(1, 2, 3), posonly(1, z=0))


def keyword_named_like_posonly(x, /, **kw):
    return x, kw


print(keyword_named_like_posonly(1, x=2))
order = []


def note(tag, value):
    order.append(tag)
    return value


def show(*a, **k):
    return a, k


print(show(note("a", 1), *note("b", [2, 3]), x=note("c", 4), **note("d", {"y": 5})), order)
print((lambda *a, **k: (a, k))(1, 2, s=3), (lambda a, *, b=2: a + b)(1), (lambda *a: sum(a))(*range(5)))


def defaults_once(item, bucket=[]):
    bucket.append(item)
    return bucket


print(defaults_once(1), defaults_once(2), defaults_once(3, []))
print(dict(a=1, b=2), dict({"x": 1}, y=2), dict([("k", "v")], k2="w"), dict(**{"m": 1}))
print(int("ff", base=16), int("10", 2), int("7"), str(object=5), sorted([3, 1, 2], reverse=True))
xs = []
xs.append(*[1])
print("-".join(*[["a", "b"]]), {"k": 5}.get(*("k", 0)), xs, [y for x, *y in [(1, 2), (3,)]])


def countdown(n, *, acc=0):
    return acc if n == 0 else countdown(n - 1, acc=acc + n)


print(countdown(100), "{0}{0}".format(*"ab"), "%s-%s" % tuple("xy"))
try:
    xs.append(*5)
except TypeError as e:
    print("TypeError:", e)
