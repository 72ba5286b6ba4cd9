"""Methods close over enclosing function variables; nonlocal inside a method; self captured in inner lambdas."""


def make_class(prefix):
    created = 0

    class Item:
        def __init__(self, name):
            nonlocal created
            created += 1
            self.name = name

        def label(self):
            return prefix + self.name

        def later(self):
            return lambda suffix: self.label() + suffix
    def count():
        return created
    return Item, count


Item, count = make_class("#")
a = Item("a")
b = Item("b")
print(a.label(), b.label(), count())
f = a.later()
a.name = "A"
print(f("!"))
Item2, count2 = make_class("@")
print(Item2("z").label(), count2(), count())
