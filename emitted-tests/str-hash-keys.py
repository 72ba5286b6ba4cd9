# str keys found by text, however the str was made (literal, concatenation, slice, join, f-string, format,
# upper/lower, in-place +=), for every length around the hash's word sizes, ASCII and not; the empty str's
# hash is 0 as in CPython, and equal strs hash alike.

words = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop",
         "abcdefghijklmnopq", "é", "日本", "naïve café", "ß" * 9, "\U0001f600", "a\x00b", "x" * 100]
d = {}
for i, w in enumerate(words):
    d[w] = i
for w in words:
    half = len(w) // 2
    built = [w[:half] + w[half:], "".join(list(w)), f"{w}", "{}".format(w), w.upper().lower() if w.isascii() and w.islower() else w]
    acc = ""
    for ch in w:
        acc += ch
    built.append(acc)
    for b in built:
        assert b == w and hash(b) == hash(w), (b, w)
        assert d[b] == words.index(w), (b, w)
    print(repr(w)[:20], d[w], w in d, (w + "?") in d, len({b for b in built}))
print(hash(""), hash("a") == hash("a"[:1]), hash("ab") != -1)

# keys that differ in one byte, at every position, of strs of lengths 1 to 20
for n in range(1, 21):
    base = "k" * n
    keys = {base[:i] + "j" + base[i + 1:] for i in range(n)}
    keys.add(base)
    assert len(keys) == n + 1, n
    table = {k: k.count("j") for k in keys}
    print(n, len(table), sum(table.values()), table[base])

# a set of strs, printed sorted (set order follows str hashes, which CPython randomizes)
s = set("the quick brown fox jumps over the lazy dog".split())
print(sorted(s), len(s), "fox" in s, "cat" in s)
fs = frozenset(["x", "y", "x"])
print(sorted(fs), hash(fs) == hash(frozenset(["y", "x"])))
