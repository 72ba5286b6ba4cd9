"""A class nested in a class cannot see the outer class's names; it's an attribute of the outer class."""
tag = "global tag"


class Outer:
    tag = "outer tag"

    class Inner:
        try:
            seen = tag
        except NameError:
            seen = "not visible"

        def where(self):
            return tag

    def make_inner(self):
        return self.Inner()


print(Outer.Inner.seen)
print(Outer().make_inner().where())
print(Outer.Inner.__name__, type(Outer().make_inner()).__name__)
print(Outer.tag, Outer.Inner.tag if hasattr(Outer.Inner, "tag") else "Inner has no tag")
