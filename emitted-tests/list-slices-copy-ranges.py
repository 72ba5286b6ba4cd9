# Slices of lists and tuples with steps 1 and -1 (copied as ranges) and others, at the edges: empty, whole,
# clamped bounds, negative bounds, single items; the copies share the items and not the list.
data = [0, "one", 2.0, [3], (4,), None, True, 7, 8, 9]
tup = tuple(data)
cases = [(None, None), (2, 5), (-3, None), (None, -7), (5, 2), (0, 100), (-100, 3), (4, 5), (10, 10)]
for lo, hi in cases:
    print(lo, hi, data[lo:hi], tup[lo:hi], data[lo:hi:-1], tup[hi:lo:-1], data[lo:hi:2], tup[lo:hi:-3])
print(data[::-1], tup[::-1], data[::-1][::-1] == data, data[:] is data, tup[:] is tup)
copy = data[1:5]
copy[2].append(33)
copy.append("new")
print(data, copy)
rev = data[::-1]
rev[6].append(66)
print(data[3], rev[6], len(rev), rev[0], rev[-1])
big = list(range(100000))
print(sum(big[10:90000]), big[::-1][:3], big[-5:], len(big[::7]), big[99990:5:-30000])
