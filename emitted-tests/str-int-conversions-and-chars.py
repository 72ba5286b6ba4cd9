# int(str) and str(int) fast paths beside the general ones, and one-character strs shared as in CPython.

for text in ["0", "000123", "7", "999999999999999999", "9999999999999999999", "123456789012345678901234567890",
             "-5", "+12", " 42 ", "1_000", "١٢٣", "٣", "0x1f", "12a", "", " ", "1__0", "_1", "007"]:
    try:
        v = int(text)
        print(repr(text), v, type(v).__name__, v + 1)
    except ValueError as e:
        print(repr(text), "ValueError", e)

for i in [0, 7, -3, 10, 255, -9223372036854775808, 9223372036854775807, 2 ** 70, True, False]:
    s = str(i)
    print(s, len(s), s[0], s[-1:], s + "!", s.isdigit())

acc = ""
for i in range(30):
    acc += str(i % 10)
print(acc, len(acc), acc.count("7"), acc[-12:], acc.find("90"))

word = "añb"
print([c for c in word], [word[i] for i in range(len(word))], "xyz"[1] == "y")
d = str(3)
d += "4"
print(d, str(3), len(str(3)))
