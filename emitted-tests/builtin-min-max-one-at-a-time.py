# max()/min() over an iterator take its items one at a time, as CPython's do: the key function and the
# comparisons run between the iterator's steps, and an error midway leaves the earlier keys computed.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i


def key(x):
    print("key", x)
    return -x if x % 2 else x


print(max(gen(4), key=key))
print(min(gen(3), key=key))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v


def louds():
    for v in [3, 1, 4, 1, 5]:
        print("make", v)
        yield Loud(v)


print(max(louds()).v)
print(min(louds()).v)


def failing():
    yield 1
    yield 2
    raise ValueError("midway")


try:
    max(failing(), key=key)
except ValueError as e:
    print("ValueError", e)
print(max([], default="empty"), min((x for x in []), default=None))
try:
    max(x for x in [])
except ValueError as e:
    print(e)
try:
    min(5)
except TypeError as e:
    print(e)
print(max(3, 1, 2, key=key), min("b", "a", "c"))
