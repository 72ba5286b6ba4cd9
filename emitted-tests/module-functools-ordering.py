"""functools.total_ordering (the missing orderings derived from the one defined, __lt__ preferred, NotImplemented
passed on, the derived functions' names) and functools.cmp_to_key (sorting, min/max, the key objects)."""
import functools
from functools import total_ordering, cmp_to_key


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __repr__(self):
        return f"Money({self.cents})"


a, b, c = Money(1), Money(2), Money(1)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, b > a, b >= a)
print(sorted([Money(5), Money(1), Money(3)]), max(Money(4), Money(9)), min([b, a]))
print(Money.__gt__.__name__, Money.__gt__.__qualname__, Money.__le__.__name__, Money.__ge__.__qualname__)
print(Money.__lt__.__qualname__, "__gt__" in Money.__dict__)
try:
    a > 5
except TypeError as e:
    print(type(e).__name__, e)
print(Money.__gt__(a, 5), Money.__le__(a, "x"))


@total_ordering
class Grade:
    order = "FDCBA"

    def __init__(self, letter):
        self.letter = letter

    def __eq__(self, other):
        return self.letter == other.letter

    def __ge__(self, other):
        return self.order.index(self.letter) >= self.order.index(other.letter)


g = [Grade(x) for x in "BAFC"]
print([x.letter for x in sorted(g)], Grade("A") > Grade("B"), Grade("C") < Grade("B"), Grade("C") <= Grade("C"))
print(Grade.__lt__.__qualname__, Grade.__gt__.__qualname__, Grade.__le__.__qualname__)


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __le__(self, other):
        return self.v <= other.v


print(Both(1) < Both(2), Both(3) >= Both(2), Both.__lt__.__qualname__, Both.__ge__.__qualname__)


@total_ordering
class Truthy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v - other.v if self.v < other.v else 0

    def __eq__(self, other):
        return self.v == other.v


print(Truthy(1) <= Truthy(5), Truthy(5) <= Truthy(5), Truthy(6) <= Truthy(5), Truthy(1) > Truthy(2))

try:
    @total_ordering
    class Unordered:
        pass
except ValueError as e:
    print(type(e).__name__, e)


def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted(words, key=cmp_to_key(lambda x, y: (x > y) - (x < y)), reverse=True))
print(max(words, key=cmp_to_key(by_length_then_reverse)), min(words, key=functools.cmp_to_key(by_length_then_reverse)))
nums = [5, 3, 8, 1]
nums.sort(key=cmp_to_key(lambda a, b: b - a))
print(nums)
K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj, callable(K), callable(k1))
try:
    k1 < 5
except TypeError as e:
    print(type(e).__name__, e)
