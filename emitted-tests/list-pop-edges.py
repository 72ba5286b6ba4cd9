# list.pop in loops and at its edges: a stack, a queue, every index from -n-1 to n, bool and big-int
# indices, non-int indices, an empty list, items whose release runs a __del__-free class's code path.

stack = list(range(10))
out = []
while stack:
    out.append(stack.pop())
print(out)

queue = list("abcdef")
while queue:
    out.append(queue.pop(0))
print(out)

n = 4
for i in range(-n - 1, n + 1):
    xs = [10, 20, 30, 40]
    try:
        print(i, xs.pop(i), xs)
    except IndexError as e:
        print(i, "IndexError", e)

xs = [1, 2, 3]
print(xs.pop(True), xs.pop(False), xs)
for bad in [2**70, -(2**70)]:
    try:
        [1, 2].pop(bad)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        [1, 2].insert(bad, 0)
    except OverflowError as e:
        print("OverflowError", e)
for bad in ["0", 1.0, None]:
    try:
        [1, 2].pop(bad)
    except TypeError as e:
        print("TypeError", e)
for args in [(), (0,), (-1,)]:
    try:
        [].pop(*args)
    except IndexError as e:
        print("IndexError", e)
try:
    [1].pop(0, 1)
except TypeError as e:
    print("TypeError", e)


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Item({self.name})"


items = [Item(k) for k in "xyz"]
first = items.pop(0)
print(first, items, items.pop(), items)
window = []
total = 0
for v in range(100):
    window.append(v)
    if len(window) == 5:
        total += window[0] * window[-1]
        window.pop(0)
print(total, window)
