"""A mutable default is shared between calls; the None-sentinel idiom avoids it."""


def append_bad(x, acc=[]):
    acc.append(x)
    return acc


def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


r1 = append_bad(1)
r2 = append_bad(2)
print(r1, r2, r1 is r2)
print(append_bad(3, []), append_bad(4))
print(append_good(1), append_good(2))


def count_words(word, seen={}):
    seen[word] = seen.get(word, 0) + 1
    return dict(seen)


for w in ["a", "b", "a", "c", "a"]:
    print(count_words(w))


class Bag:
    def __init__(self, items=[]):
        self.items = items

    def add(self, x):
        self.items.append(x)


b1 = Bag()
b2 = Bag()
b1.add("apple")
print(b2.items, b1.items is b2.items)
print(append_bad(5))
