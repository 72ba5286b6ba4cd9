"""str.split/rsplit: a str without the separator comes back as itself (`is`), as CPython's does; separators of
one and of several bytes, overlapping candidates, separators at the ends, many pieces, maxsplit limits,
non-ASCII texts and separators; count/replace/find through the same search."""
s = "nothing-to-split"
print(s.split()[0] is s, s.split(",")[0] is s, s.rsplit(",")[0] is s, s.split(",", 0)[0] is s)
print(s.rsplit(",", 0)[0] is s, s.split(maxsplit=0), " x ".split()[0], "ab".split("abc"))
t = "a" * 5
print(t.split("aa"), t.rsplit("aa"), t.split("aa", 1), t.rsplit("aa", 1), t.count("aa"), t.replace("aa", "b"))
print("abcabcab".split("abc"), "abcabcab".rsplit("cab"), "xxyxxyxx".split("xy"), "ababab".split("aba"))
print(",a,,b,".split(","), ",a,,b,".rsplit(",", 2), "--a----b--".split("--"), "sep".split("sep"))
print("é,ü,日本,".split(","), "aéébéé".split("éé"), "日本語日本".split("本"), "x日y".split("日"))
many = ",".join(str(i) for i in range(100))
parts = many.split(",")
print(len(parts), parts[:3], parts[-3:], many.split(",", 40)[-1][:10], len(many.rsplit(",", 60)))
line = "row 000001: value=  37 tag=odd"
for sep in [" ", ": ", "=", "tag=", "odd", "row ", "zzz", "  "]:
    print(repr(sep), line.split(sep), line.rsplit(sep, 1), line.count(sep), line.replace(sep, "|"))
big = "ROW 1: V=   0 TAG=EVEN\n" * 2000
print(len(big.split("TAG=")), big.count("EVEN"), big.find("V= ", 100), big.replace("ROW", "R")[:30])
print("aaa".replace("a", "bb", 2), "abab".replace("ab", "", 1), "".replace("", "x"), "ab".replace("", "-"))
print("mississippi".count("ss"), "mississippi".count("issi"), "mississippi".split("ss"), "aaaa".count("aa"))
# split() of ASCII text with every control character, words across eight-byte boundaries, and long words.
controls = "".join(chr(c) for c in range(0, 33))
print([w for w in ("ab" + controls + "cd" + controls[::-1] + "ef").split()])
for width in range(1, 20):
    word = "".join(chr(ord("a") + k % 26) for k in range(width))
    text = (word + " ") * 3 + word + "\x1f" + word + "\x0b\x01" + word
    print(width, [len(w) for w in text.split()], text.split(None, 2)[-1][:5], len(text.split("\x01")))
print("averyveryverylongwordwithoutspaces\x08x\x0cy".split(), "x\x1c\x1d\x1e\x1fy\x85z".split())
