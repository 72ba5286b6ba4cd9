data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
total = 0
i = 0
while (item := data[i]) != 9:
    total += item
    i += 1
print(total, item)
def f():
    values = [y for x in range(6) if (y := x * x) % 2 == 0]
    return values, y
print(f())
print([last := v for v in "abc"], last)
def counter():
    hits = [c for c in "hello" if (k := c) in "lo"]
    return hits, k
print(counter())
