# Slices of ASCII and non-ASCII strs: contiguous, stepped, empty, whole, one character, negative bounds.

for s in ["kalomi", "día de sol", "日本語テキスト", "a😀b😀c", "", "x"]:
    print(repr(s), s[:2], s[2:4], s[-3:], s[::2], s[::-1], s[1:-1], s[5:2], s[:], s[:100], s[-100:1], s[3:4])
    print(len(s[:2]), len(s[2:4]), len(s[-3:]), len(s[1:-1]), (s[:2] + s[2:]) == s, s[:] == s)
    t = s[1:]
    print(t.upper(), t.find("o"), t.split(), t[::3], len(t * 2))
words = ["kaloze", "minevi", "rusato"]
print([w[:2] for w in words], [w[2:4] for w in words], {w[:2]: w for w in words})
s = "unchanged"
print(s[:] is s, s[0:len(s)] is s)
