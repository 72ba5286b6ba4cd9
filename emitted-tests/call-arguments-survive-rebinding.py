# A parameter the function never rebinds reads its argument in place; whatever the callee does to the
# variables, lists, dicts and attributes its arguments came from, it keeps the objects it was given.


class Box:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f"Box({self.label!r})"

    def __add__(self, other):
        global shared
        shared = None  # drops the caller's global while `self` still names it
        return Box(self.label + other.label)

    def __eq__(self, other):
        items.clear()  # sort/index helpers pass list items
        return isinstance(other, Box) and self.label == other.label

    __hash__ = None


shared = Box("shared")


def show(value, *, twice=False):
    global shared
    shared = Box("rebound")
    return repr(value) * (2 if twice else 1)


def drop_global(value):
    global shared
    shared = None
    return value.label


def mutate_list(value, lst):
    lst.clear()
    lst.append(Box("new"))
    return value.label + "/" + lst[0].label


def outer():
    cell = Box("cell")

    def rebind(value):
        nonlocal cell
        cell = None
        return value.label

    first = rebind(cell)
    return first, cell


print(drop_global(shared), shared)
shared = Box("again")
print(show(shared), show(shared, twice=True), shared)
items = [Box("a"), Box("b")]
print(mutate_list(items[0], items), items)
print(outer())

shared = Box("s")
print(shared + Box("t"), shared)

items = [Box("x"), Box("y")]
print(Box("y") in items, items)

keys = {"k": Box("value")}


def pop_key(value):
    keys.clear()
    return value


print(pop_key(keys["k"]), keys)
print(list(map(lambda b: mutate_list(b, boxes), boxes := [Box("m1"), Box("m2")])))
print(sorted([3, 1, 2], key=lambda v: (v, boxes.clear())[0]), boxes)


def recurse(node, depth):
    if depth == 0:
        return node
    node2 = [node]
    return recurse(node2, depth - 1)


print(recurse("leaf", 5))
