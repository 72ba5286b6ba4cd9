# x[a:b] without a step: lists, tuples and strs sliced by ints, None or omitted bounds; everything else
# (bools, big ints, floats, ranges, bytes, user classes) sees the slice object CPython makes.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


items = [0, 1, 2, 3, 4, 5]
text = "héllo wörld"
ascii_text = "hello"
pair = (1, 2, 3)
for lo in [None, -100, -7, -6, -3, -1, 0, 1, 3, 6, 7, 100]:
    for hi in [None, -100, -6, -2, 0, 2, 5, 6, 100]:
        print(lo, hi, items[lo:hi], text[lo:hi], ascii_text[lo:hi], pair[lo:hi])
print(items[:], items[:] is items, pair[:] is pair, ascii_text[:] is ascii_text, text[:] is text)
print(pair[0:3] is pair, pair[1:] is pair, [][:], ()[:], ""[:], ""[1:2])


show("bool", lambda: (items[True:], text[False:True]))
show("big", lambda: (items[-10**30:10**30], text[10**20:], pair[:-10**25]))
show("float", lambda: items[1.5:])
show("str bound", lambda: text[:"x"])
show("range", lambda: (range(10)[2:7], range(10, 0, -2)[1:3], range(5)[-2:]))
show("bytes", lambda: (b"abcdef"[1:4], b"abc"[-2:]))
nothing, five = None, 5
show("none", lambda: nothing[1:2])
show("int", lambda: five[1:2])


class Recorder:
    def __getitem__(self, key):
        return ("got", key.start, key.stop, key.step, type(key).__name__)


print(Recorder()[1:2], Recorder()[:"z"], Recorder()[::], Recorder()[1:2:3])


def trace(label, value):
    print("eval", label)
    return value


print(trace("obj", items)[trace("lo", 1):trace("hi", 3)])
grid = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in grid], grid[1][:2], "a,b,c".split(",")[1:])
copy = items[1:4]
copy.append(99)
print(items, copy)
