# sum(), min() and max() over lists and tuples: runs of small ints are handled in place, and everything after
# the first other item (a bool, a float, a big int, an instance) goes through the general operators, which
# may run Python code that changes the list being read.

big = 2**63 - 1
print(sum([1, 2, 3]), sum((4, 5, 6)), sum([]), sum(()), sum([], 10), sum([1, 2], 0.5))
print(sum([big, 1]), sum([big, big, -big]), sum([-big, -big, -big]), sum([1, True, True]), sum([True, 2]))
print(sum([1, 2.5, 3]), sum([1, 2**70, 3]), sum([2**70, 1]), sum(range(10)), sum(x for x in [1, 2, 3]))
print(max([3, 1, 4, 1, 5]), min((3, 1, 4, 1, 5)), max([1, True]), min([True, 1]), max([0, False]), min([False, 0]))
print(max([1, 2.5, 2]), min([5, 2**70, -(2**70)]), max([2, 7], default=0), max([], default="none"))
print(max([5, 3, 9], key=lambda v: -v), min(["bb", "a", "ccc"], key=len), max("hello"), min([[2], [1, 5]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(())
except ValueError as e:
    print("ValueError:", e)
try:
    sum([1, 2, "x"])
except TypeError as e:
    print("TypeError:", e)
try:
    max([1, 2, "x"])
except TypeError as e:
    print("TypeError:", e)


class Grows:
    """An item whose + and < append to the list being summed or scanned."""

    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __radd__(self, other):
        if len(self.target) < 8:
            self.target.append(len(self.target))
        return other + self.value

    def __lt__(self, other):
        if len(self.target) < 8:
            self.target.append(100 + len(self.target))
        return False

    def __gt__(self, other):
        return self.__lt__(other)

    def __repr__(self):
        return "Grows(%d)" % self.value


items = [1, 2]
items.append(Grows(items, 10))
print(sum(items), items)
scan = [5, 7]
scan.append(Grows(scan, 3))
print(max(scan), scan)
scan2 = [5, 7]
scan2.append(Grows(scan2, 3))
print(min(scan2), scan2)
