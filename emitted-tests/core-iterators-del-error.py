names = ["ann", "bob", "cy"]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 1):
    print(i, name, end=" ")
print()
for a, b in zip(names, range(10)):
    print(a, b)
print(list(zip([1, 2, 3], "ab")), list(reversed(names)), sorted([3, 1, 2]), sorted("cab"))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
print(any([0, 0, 1]), all([1, 2, 0]), any([]), all([]), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d, list(d))
lst = list(range(10))
del lst[0]
del lst[::2]
print(lst)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(e)
t = (1, 2)
print(dict(zip("abc", range(3))), dict([(1, 2)]), tuple([1, 2]), list("hi"))
print(next(iter([])))
