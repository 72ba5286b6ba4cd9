"""__getitem__ receiving ints, negative ints and slice objects; __setitem__ with slices; __len__ used by reversed()."""


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __repr__(self):
        return "Seq(" + repr(self.data) + ")"


s = Seq("abcdef")
print(s[0], s[-1], s[1:4], s[::-2], s[:0], len(s[2:]))
s[1:3] = ["X", "Y", "Z"]
s[0] = "first"
print(s, list(reversed(s)), list(s), "Z" in s)
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s["k"]
except TypeError as e:
    print("TypeError:", e)
