"""str.replace with counts, empty old string, chained replacements; translate-like loops; expandtabs."""
s = "one fish two fish red fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 1), s.replace("fish", "cat", 0), s.replace("fish", "", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", "aa"), "aaaa".replace("aa", "b"))
print("a.b.c".replace(".", "", 1), "mississippi".replace("ss", "SS"), "x".replace("x", "xx").replace("xx", "y"))
print("tabs\tand\tmore".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(2) + "|", "no tabs".expandtabs(3))
table = {"a": "4", "e": "3", "o": "0"}
leet = "".join(table.get(c, c) for c in "hello everyone")
print(leet)
text = "The cat sat on the mat"
for old, new in [("cat", "dog"), ("mat", "rug"), ("The", "A")]:
    text = text.replace(old, new)
print(text, text.count(" "), text.upper().count("A"))
print("éèé".replace("é", "e"), "日本日本".replace("日", "月", 1), "😀😀".replace("😀", ":)"))
print("abc".translate({97: "A", 98: None}), "hello".translate(str.maketrans("el", "ip")), str.maketrans("ab", "xy"))
