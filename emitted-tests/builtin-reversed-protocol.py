"""reversed(): lists, tuples, strings, ranges, dicts, user classes via __reversed__ or __len__/__getitem__."""
print(list(reversed([1, 2, 3])), tuple(reversed((4, 5))), "".join(reversed("abc")), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100


class Custom:
    def __reversed__(self):
        return iter(["custom", "order"])


print(list(reversed(Seq())), list(Seq()), list(reversed(Custom())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), type(reversed([])).__name__)
lst = [1, 2, 3]
rv = reversed(lst)
lst[0] = 99
print(list(rv))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
for i, ch in reversed(list(enumerate("xyz"))):
    print(i, ch, end="; ")
print()
