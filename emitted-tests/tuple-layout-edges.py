"""Tuples: construction from every source, reading, comparing, hashing, unpacking and the errors on the way."""

empty = ()
one = (1,)
pair = ("a", 2)
print(empty, one, pair, len(empty), len(one), tuple(), tuple([]), tuple("xyz"), tuple(range(4)))
print(tuple(x * x for x in range(5)), tuple({3: "c", 1: "a"}), (1, 2) + (3,), (0,) * 3, () * 5, 2 * ("ab",))
nested = ((1, (2, (3, ()))), [4, (5,)])
print(nested, repr(nested), str((("q",),)), hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()))

# indexing and slicing
t = tuple(range(10))
print(t[0], t[-1], t[2:5], t[::-2], t[:], t[5:2], t[-3:], t[100:], t[1:8:3])
try:
    t[10]
except IndexError as e:
    print("IndexError", e)

# equality, ordering, membership, methods
print((1, 2) == (1, 2), (1, 2) == (1, 2.0), (1, 2) != (1, 3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9))
print(() < (0,), (1, "b") >= (1, "a"), 2 in t, 42 in t, "a" in pair)
print(t.index(7), t.count(3), (1, 1, 2, 1).count(1), ("x", "y").index("y"), t.index(4, 2, 8))
try:
    t.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    (1, "a") < ("a", 1)
except TypeError as e:
    print("TypeError", e)

# as dict keys and set members
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], (1, 2) in grid, sorted(grid)[:4], {(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
try:
    {([1],): 1}
except TypeError as e:
    print("TypeError", e)

# unpacking, including errors and starred targets
a, b = pair
(c, (d, e)), f = (1, (2, 3)), 4
first, *middle, last = t
print(a, b, c, d, e, f, first, middle, last)
for x, y in [(1, 2), (3, 4)]:
    print(x + y, end=" ")
print()
for bad in [(1, 2, 3), (1,), ()]:
    try:
        p, q = bad
    except ValueError as err:
        print("ValueError", err)
try:
    p, q = 5
except TypeError as err:
    print("TypeError", err)

# iteration, joins, formatting
print([x for x in ("p", "q")], "-".join(("a", "b", "c")), "".join(()), "%s=%d" % ("k", 3), "%s" % ((1, 2),))
print(list(zip((1, 2), ("a", "b"))), list(enumerate(("u", "v"))), sorted((3, 1, 2)), max((4, 9, 2)), sum((1, 2, 3)))


# *args and exception args are tuples
def collect(*args):
    return args, type(args).__name__, len(args)


print(collect(), collect(1), collect(*t[:3]))
try:
    raise ValueError("m", 2)
except ValueError as err:
    print(err.args, err.args[1], len(err.args))

# a list extended by a tuple, a list compared item by item with an __eq__ that changes it
xs = [1, 2]
xs += (3, 4)
xs += xs
print(xs)


class Shrinker:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


victim = [0, 0, 0]
print([Shrinker(victim), 5, 6] == victim, victim)
victim = [0, 0, 0]
print(Shrinker(victim) in victim, victim)
victim = [1, 2, 3]
print((Shrinker(victim), 1) == (0, 1), victim)


# tuples dropped in bulk (a sorted list of pairs) and tuples holding the last reference to their items
pairs = sorted([(i % 7, str(i)) for i in range(2000)])
print(pairs[:3], pairs[-1], len(pairs))
del pairs
holder = (["inner"], {"k": (1, 2)})
inner = holder[0]
del holder
print(inner)
