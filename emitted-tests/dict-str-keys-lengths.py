# Str keys of every length from 0 to 40 that differ from each other in one byte only (first, middle or
# last), built fresh each time so that lookups compare texts rather than objects; non-ASCII keys; int keys
# whose hashes are equal (-1 and -2 hash alike in CPython), and str equality outside dicts.

base = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"
keys = []
for n in range(41):
    word = base[:n]
    keys.append(word)
    for pos in (0, n // 2, n - 1):
        if 0 <= pos < n:
            keys.append(word[:pos] + "#" + word[pos + 1:])
d = {}
for i, k in enumerate(keys):
    d[k] = d.get(k, 0) + i
print(len(keys), len(d))
misses = 0
for k in keys:
    fresh = "".join(list(k))  # an equal str, not the same object
    if fresh not in d:
        misses += 1
    d[fresh] = d[fresh] + 1
print("misses", misses, sum(d.values()))
for n in (3, 4, 5, 7, 8, 9, 15, 16, 17):
    a = base[:n]
    b = base[:n - 1] + "?"
    c = "?" + base[1:n]
    print(n, a == "".join(list(a)), a == b, a == c, b == c, a != b, a < b, {a: 1}.get(b), {a: 1}.get(base[:n]))

u = {"é": 1, "ée": 2, "éé": 3, "日本語": 4, "日本誤": 5, "": 6}
for k in ["é", "e" + "", "é" + "e", "é" * 2, "日本" + "語", "日本" + "誤", "日本", "" + ""]:
    print(repr(k), u.get(k))

h = {-1: "minus one", -2: "minus two", 2**61 - 1: "mersenne", 0: "zero", 0.0: "float zero"}
print(hash(-1) == hash(-2), h[-1], h[-2], h[0], h[2**61 - 1], len(h))
s = set(keys)
print(len(s), base[:10] in s, base[:10] + "x" in s)
print(sorted(d.items())[:5])
