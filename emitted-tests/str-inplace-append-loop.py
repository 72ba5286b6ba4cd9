"""Strings built by `+=` in loops: the result's hash, equality, dict lookups, length, indexing and methods."""

acc = ""
for i in range(2000):
    acc += str(i % 10)
print(len(acc), acc[:12], acc[-12:], acc.count("7"), acc.find("901"), acc.rfind("123"))
built = "".join(str(i % 10) for i in range(2000))
print(acc == built, hash(acc) == hash(built), acc < built + "0", acc[1000:1010])
index = {built: "found"}
print(index.get(acc), acc in index, {acc: 1} == {built: 1})

# the hash is computed, then the str grows: the new text must hash as its own
key = "k"
key += "e"
h1 = hash(key)
d = {key: 1}
key += "y"
print(hash(key) == hash("key"), h1 == hash("ke"), key in d, "ke" in d, d.get("key", "missing"))
d[key] = 2
print(sorted(d.items()))

# non-ASCII text: code-point length and indexing after appends
s = ""
for word in ["é", "ab", "日本", "", "😀", "z"]:
    s += word
    print(len(s), s, s[-1] if s else "", s[::-1], s.upper(), s.encode("utf-8"))
t = "ü" * 3
for k in range(5):
    t += "x" if k % 2 else "ß"
    print(len(t), t[k], t[-1], t.find("x"), t.index("ß"), t.count("ß"), t.split("x"))

# appending to a str that was split, sliced or formatted
parts = "a,b,c".split(",")
first = parts[0]
first += "!"
print(first, parts)
piece = "hello world"[:5]
piece += "?"
print(piece)
f = f"{3:>4}"
f += "|"
print(repr(f), len(f))

# a long build with mixed pieces and a check of every length
n = 0
text = ""
for i in range(300):
    text += "é" if i % 3 == 0 else "ab"
    n += 1 if i % 3 == 0 else 2
print(len(text) == n, len(text), text[299], text[-3:], text.count("é"))

# a str that stopped growing and is then shared
stem = "s"
for i in range(10):
    stem += str(i)
copy = stem
stem += "tail"
print(copy, stem, copy is not stem)

# formatted numbers (ASCII unless the fill or a chr() says otherwise) and their lengths
for text in [f"{233:c}", f"{0x1F600:c}|", f"{5:é^7}", f"{-3.5:★>8.2f}", f"{42:06d}", f"{1e300:,.1f}"[:9], f"{7:>{3}}"]:
    grown = text
    grown += "ü"
    print(text, len(text), text[-1], len(grown), grown[-2:], grown.upper())
