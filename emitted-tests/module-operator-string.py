"""operator's functions are the operators (dunder dispatch and errors included); itemgetter, attrgetter and
methodcaller; the string module's constants and capwords."""
import operator
import string
from operator import itemgetter, attrgetter, methodcaller


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


print(operator.add(2, 3), operator.add("a", "b"), operator.add(Money(1), Money(2)), operator.sub(10, 4.5))
print(operator.mul([1], 3), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 100))
print(operator.lshift(1, 70), operator.rshift(-9, 1), operator.and_(12, 10), operator.or_({1}, {2}), operator.xor(5, 1))
print(operator.neg(5), operator.pos(-2), operator.invert(0), operator.inv(5), operator.abs(-3.5), operator.index(True))
print(operator.lt(1, 2), operator.le(2, 2), operator.gt("b", "a"), operator.ge(1, 2), operator.eq([1], [1]), operator.ne(1, 1.0))
print(operator.lt(Money(1), Money(2)), operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains("hello", "ell"), operator.getitem({"k": 1}, "k"), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1))
print(operator.indexOf("abc", "c"))
items = [1, 2, 3]
operator.setitem(items, 0, 9)
operator.delitem(items, 1)
print(items, operator.iadd(items, [4]), items)
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 4.25)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), itemgetter(slice(0, 2))("hello"))
print(itemgetter(1), attrgetter("cents", "real"), list(map(itemgetter(0), rows)))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


tree = Node("root", Node("leaf"))
print(attrgetter("name")(tree), attrgetter("child.name", "name")(tree), max([Money(5), Money(9)], key=attrgetter("cents")))
print(methodcaller("greet", "hi")(tree), methodcaller("greet", "yo", punct="?")(tree), methodcaller("upper")("abc"))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), string.ascii_lowercase[::5])
print(string.capwords("hello   wide  world"), string.capwords("a-b-c", "-"), string.capwords(""))
for bad in [lambda: operator.add(1, "a"), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 5),
            lambda: itemgetter(5)([1]), lambda: attrgetter("nope")(tree), lambda: operator.index(1.5),
            lambda: operator.add(1), lambda: attrgetter(3)]:
    try:
        print("no error:", bad())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
