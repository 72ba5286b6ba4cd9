"""Walrus inside a comprehension binds in the containing scope (function or module), not the comprehension."""


def running_sum(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return sums, total


print(running_sum([1, 2, 3, 4]))


def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None


print(first_long(["hi", "hello", "greetings"]), first_long(["a"]))
data = [1, 5, 2, 8]
filtered = [y for x in data if (y := x * 2) > 4]
print(filtered, y)


def with_nested():
    out = [[(last := a * b) for b in range(3)] for a in range(3)]
    return out, last


print(with_nested())
if (n := len(data)) > 3:
    print("n is", n)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
