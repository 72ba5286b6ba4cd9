"""with: several items, nested blocks, return/break/continue leaving the body call __exit__, suppression."""


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t is not None else None, v)
        return self.suppress


def find(items, wanted):
    with Res("outer") as o:
        for i in items:
            with Res("item" + str(i)):
                if i == wanted:
                    return o + " found " + str(i)
                if i % 2 == 0:
                    continue
                if i > 4:
                    break
        return "not found"


print(find([1, 2, 3], 2))
print(find([1, 2, 5, 6], 9))
with Res("a") as x, Res("b", suppress=True) as y:
    print("body", x, y)
    raise KeyError("swallowed by b")
print("after")
try:
    with Res("c"), Res("d"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)


def gen_error():
    with Res("e", suppress=True):
        return 1 // 0


print(gen_error())
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
