"""Slicing with None bounds, negative steps, clamping, and slices passed to __getitem__ as slice objects."""
s = list(range(10))
print(s[None:None:None], s[None:3], s[-3:None], s[::-1][:3], s[-1:-11:-1] == s[::-1], s[9:-11:-1])
print(s[-12:3], s[3:-12], s[5:5], s[5:4], s[::7], s[1::-1], s[:-1:-1], s[-2::-3])


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None], sh["k"])
k = sh[1:10:2]
print(k.start, k.stop, k.step, s[k], "abcdefghij"[k], slice(3) == slice(None, 3, None))
print(slice(2, 8).indices(5), slice(None, None, -1).indices(4), s[slice(-3, None)])
t = "hello world"
print(t[slice(0, 5)], t[-5:], t[::-2], t[4::-1], t[100:], t[-100:2])
