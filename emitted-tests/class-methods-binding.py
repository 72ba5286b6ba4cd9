"""Bound methods carry self; methods fetched from the class need self explicitly; methods stored and called later."""


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self


a = Acc()
bound = a.add
bound(1)
bound(2).add(3)
Acc.add(a, 4)
print(a.items)
fns = [Acc().add for _ in range(2)]
print([f("x").items for f in fns])
m1 = a.add
m2 = a.add
print(m1 == m2, m1.__name__)


class NoSelf:
    def oops():
        return "no self"


print(NoSelf.oops())
try:
    NoSelf().oops()
except TypeError as e:
    print("TypeError:", e)


def external(self, y):
    return self.items + [y]


Acc.ext = external
print(a.ext(99))
a.inst_fn = lambda y: ("instance attr, no binding", y)
print(a.inst_fn(5))
