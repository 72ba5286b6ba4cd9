"""Iterating strings, building with lists and join, reversed/enumerate/zip over strings, counting characters."""
text = "the quick brown fox jumps over the lazy dog"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
print(len(counts), "".join(sorted(set(text))).strip())
caps = " ".join(w[0].upper() + w[1:] for w in text.split())
print(caps)
print([w for w in text.split() if len(w) == max(len(x) for x in text.split())])
print("".join(reversed(text))[:10], list(enumerate("abc")), list(zip("abc", "12")))
acc = ""
for i in range(5):
    acc += str(i) * i
print(acc, len(acc))
print("".join(c.upper() if i % 2 else c for i, c in enumerate("alternating")))
vowels = sum(1 for c in text if c in "aeiou")
print(vowels, text.count("o"), text.title())
print(list(map(ord, "AZaz")), "".join(map(chr, range(65, 71))))
