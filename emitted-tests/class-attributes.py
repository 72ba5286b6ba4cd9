"""Class vs instance attributes: instance assignment shadows, mutable class attributes are shared, class mutation visible."""


class Counter:
    total = 0
    shared = []
    kind = "counter"

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared.append(name)

    def rename(self, n):
        self.kind = "renamed " + n


a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.shared, a.shared is Counter.shared)
a.total = 100
print(a.total, b.total, Counter.total)
a.rename("x")
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind)
del a.kind
print(a.kind)
b.new_attr = 5
print(b.new_attr, hasattr(a, "new_attr"), getattr(a, "missing", "default"))
setattr(a, "dyn", [1])
print(a.dyn, getattr(a, "name"))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.kind
except AttributeError as e:
    print("AttributeError:", e)
print(type(a).__name__, isinstance(a, Counter), Counter.__name__)
