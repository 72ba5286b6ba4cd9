# `in` over lists and tuples, and ==, for the kinds of items that compare equal across types: ints, bools,
# floats, big ints, strs, NaN (found by identity), and a class whose __eq__ runs (and changes the list).
nan = float("nan")
items = [1, "two", 3.0, 2**70, None, nan, (5, 6), True]
for probe in [1, 1.0, True, 2, 3, 3.0, "two", "tw" + "o", 2**70, 2**70 + 0.0, None, nan, (5, 6), (5, 6.0), 0, False]:
    print(repr(probe), probe in items, probe in tuple(items), probe not in items)
print([1, 2] == [1, 2], [1, "a"] == [1, "a"], "abc" == "ab" + "c", 1 == 1.0, 2**63 == 2**63, "é" == "e")
print(items.index(3), items.count(True), (1, 2, 1).count(1), [0, False, 0.0].count(0), ["x", "y"].index("y"))


class Noisy:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.append("appended")
        return other == 99


lst = [1, 2]
lst.append(Noisy(lst))
print(99 in lst, len(lst), 3 in lst, len(lst), "appended" in lst)
