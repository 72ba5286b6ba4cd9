# Sorting compares 8-byte summaries of the keys first (an int, a float, the first 8 bytes of a str; for
# tuples, also their second item) and the whole keys only on ties. Every case here is a tie or near-tie
# that a summary alone would order wrongly.
long_names = ["abcdefgh" + s for s in ["2", "10", "1", "", "\x00", "\x00\x00", "é", "Z", "abcdefgh"]]
print(sorted(long_names))
print(sorted(["a\x00", "a", "a\x00\x00", "\x00", "", "a\x01"]))

# Tuples whose heads share an 8-byte prefix: the whole head decides before the second item.
rows = [("abcdefgh2", 0), ("abcdefgh1", 9), ("abcdefgh", 5), ("abcdefgh1", 3), ("abcdefgh10", -1)]
print(sorted(rows))
# Second items: ints, strs sharing prefixes, and mixed lengths.
print(sorted([(1, "abcdefghz"), (1, "abcdefgha"), (0, "zz"), (1, "abcdefgh"), (1, "abcdefgh", 0)]))
print(sorted([(1, 2**62), (1, -2**63), (1, 2**63 - 1), (1, 0), (0, 5)]))
print(sorted([(3, 1), (3, 1, "x"), (3, 1, "a"), (3, 0, "z")]))
print(sorted([("k", 2, "b"), ("k", 2, "a"), ("k", 1, "c")]))

# Keys: stability among equal keys, reverse keeps equal items in order.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[1], p[0][::-1])))
print(sorted(range(-5, 6), key=lambda v: v * v))
print(sorted([0.0, -0.0, 1.5, -1.5], key=abs))

# A comparison that raises leaves every item in the list.
mixed = [3, 1, "two", 5, 4]
try:
    mixed.sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted(mixed, key=str))
tuples = [(1, 2), (1, "a"), (0, 1)]
try:
    tuples.sort()
except TypeError as e:
    print("TypeError:", e)
print(len(tuples), sorted(tuples, key=repr))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


items = [Loud(v) for v in [5, 2, 13, 8, 1]]
try:
    items.sort()
except ValueError as e:
    print("ValueError:", e)
print(sorted(v.v for v in items))
print(sorted([Loud(3), Loud(1), Loud(2)]))
