"""Strings index by code point, not byte: mixed-width text, negative indices, slicing, len, iteration, IndexError."""
s = "aé日😀z"
print(len(s), s[0], s[1], s[2], s[3], s[4], s[-1], s[-2], s[-5])
print(s[1:4], s[::-1], s[::2], s[-2:], s[1:-1], list(s), [len(c) for c in s])
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode().decode() == s, s.encode()[1:3].decode())
print(s.index("😀"), s.find("z"), s.upper(), s.center(9, "·"), s * 2, s + "!", "😀" in s, "😀z" == s[3:])
for i, ch in enumerate(s):
    print(i, ch, hex(ord(ch)), end=" | ")
print()
try:
    s[5]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "b"
except TypeError as e:
    print("TypeError:", e)
combined = "e\u0301"
print(len(combined), combined == "é", [hex(ord(c)) for c in combined], repr(combined[0]))
print(sorted("日本語abc"), max("aé日😀z"), "".join(sorted(set("banana"))), "abc"[10:], repr("abc"[-10:1]))
print("😀😀😀"[1:], "😀".join("abc"), "x😀y".split("😀"), "😀".isprintable(), "\U0001F600" == "😀")
