"""slice objects: attributes, indices() normalisation, use as subscript, repr and equality."""
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, slice(5), slice(None, None, -1))
data = "0123456789"
print(data[sl], data[slice(None, None, -2)], data[slice(-3, None)])
print(slice(None, None, None).indices(5))
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(2, 100, 3).indices(7))
print(slice(-100, 100).indices(6), slice(10, -10, -3).indices(8))
print(list(range(*slice(1, 10, 4).indices(8))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 3) == slice(1, 2))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)


class Spy:
    def __getitem__(self, key):
        return key


spy = Spy()
print(spy[1:2], spy[::3], spy[:], spy[1:2, 3], spy[0:1, ::2], spy[-1])
lst = list(range(10))
cut = slice(2, -2)
lst[cut] = ["mid"]
print(lst)
del lst[slice(None, 1)]
print(lst)
