"""In a generator expression the first iterable is evaluated immediately; the rest lazily at iteration time."""


def src(tag, n):
    print("evaluating", tag)
    return range(n)


g = (x * y for x in src("outer", 2) for y in src("inner", 2))
print("created")
print(list(g))

items = [1, 2, 3]
gen = (i * 10 for i in items)
items = [100]
print(list(gen))

k = 1
gen2 = (i * k for i in range(3))
k = 5
print(list(gen2))

try:
    bad = (x for x in undefined_iterable_name)
except NameError as e:
    print("eager:", e)
lazy = (x for x in range(2) for y in undefined_second)
print("lazy created")
try:
    list(lazy)
except NameError as e:
    print("lazy:", e)
