"""Strings index by code point (not UTF-8 byte): len, indexing, negative and stepped slices with non-ASCII text."""
s = "héllo wörld ☃ 日本 😀!"
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[14:16])
print(s[::-1])
print(s[::2], s[1::3], s[-5:], s[:-5], s[100:], s[-100:3], s[5:2], s[::-3])
print([ord(c) for c in s[-4:]])
print(chr(233), chr(0x1F600), chr(0x65E5), ord("€"), ord("\n"), ord("\x00"))
print(list("a😀b"), len("😀"), "😀" * 3, "é" == "e\u0301", len("e\u0301"))
print(s.upper(), s.find("☃"), s.index("😀"), s.split("☃"))
for i, ch in enumerate("añ😀"):
    print(i, ch, ord(ch), format(ord(ch), "x"))
try:
    s[len(s)]
except IndexError as e:
    print("IndexError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print(sorted("bäaÅz"), max("héllo"), min("héllo"))
