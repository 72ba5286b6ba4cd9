"""Methods as values: bound builtin methods, unbound str methods, bound methods of instances, class functions."""
items = []
push = items.append
push(1)
push(2)
up = str.upper
print(items, up("abc"), "x".join(["a", "b"]), items.pop.__name__)
get = {"a": 1}.get
print(get("a"), get("b", "none"))


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return self


a = Acc()
adders = [a.add, Acc.add]
adders[0](5)
adders[1](a, 10)
print(a.total, a.add.__self__ is a, a.add.__func__ is Acc.add, a.add == a.add, a.add != Acc().add)
print(type(a.add).__name__, type(Acc.add).__name__, callable(a.add), callable(a), callable(Acc))
method = a.add
a.add = "shadowed"
print(a.add, method(1).total, Acc.add(a, 1).total)
