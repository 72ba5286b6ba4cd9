# Ellipsis, slice attributes and indices(), and slice bounds beyond any length (big ints clamp, as in CPython).
x = ...
print(x, repr(x), str(x), type(x).__name__, x is Ellipsis, x == ..., hash(x) == hash(Ellipsis))


def stub(): ...


print(stub())
for bad in [lambda: slice(1).indices(), lambda: slice(1).indices(-1), lambda: slice(1).indices("a"),
            lambda: slice(1).indices(1, 2), lambda: slice(1, 2).missing]:
    try:
        print(bad())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(slice(1, 2, 3).start, slice(5).stop, slice(5).start, slice(None, 2**70).indices(5))
data = list(range(10))
print(data[:2**70], data[-2**70:3], data[::-1][2**65:], data[2**80:-2**80:-1], "abc"[:10**30])


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[..., 1], g[1:2, ...], g[::2, ::-1], g[:, None])
