s = "straße ÉCOLE ǅungla ΟΔΟΣ Σ"
print(s.upper())
print(s.lower())
print(repr("\x00\x07\x1b\x7f"), len("a\x00b"), repr("\u200b\x85\xa0\xad\u2028\U000e0001 é日😀"))
print(repr(["é", "\n", 'q"'], ), [1, [2, "x"]])
lst = [1, 2]
lst.append(lst)
d = {"k": 1}
d["self"] = d
print(lst, d)
print(int("ff", 16), int("0x1f", 0), int("0b101", 2), int("z", 36), int(" -7_7 ", 10))
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
