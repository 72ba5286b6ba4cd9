"""Generators as methods (__iter__ with yield), generators closing over locals, and late binding inside generators."""


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.depth_first()), sum(t), 4 in t)


def make_gen():
    factor = 2
    g = (x * factor for x in range(3))
    factor = 100
    return list(g)


print(make_gen())


def counter_gen():
    n = 0

    def bump():
        nonlocal n
        n += 1

    while n < 3:
        bump()
        yield n


print(list(counter_gen()))
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
