"""Small strs made and dropped in a loop reuse each other's blocks: strs grown in place by `+=` and then
dropped, strs shared by another name while one of them grows, and short and long texts interleaved, all
reading back exactly what was written."""
kept = []
for i in range(2000):
    s = "x" * (i % 90)
    t = s
    s += "é" * (i % 7)
    s += str(i)
    if i % 97 == 0:
        kept.append((t, s))
    u = f"{i:05d}" + s[-3:]
    assert t == "x" * (i % 90) and u[:5] == f"{i:05d}", (i, t, u)
print(len(kept), kept[:3], [len(a) + len(b) for a, b in kept][-5:])
acc = ""
pieces = []
for i in range(3000):
    acc += chr(97 + i % 26)
    if i % 500 == 0:
        pieces.append(acc)
        acc = acc[-10:]
print([p[-12:] for p in pieces], len(acc), acc)
words = ("alpha beta gamma " * 200).split()
joined = []
for k in range(50):
    joined = [w.upper() + str(k) for w in words if len(w) > 4]
    words = [w.lower().rstrip("0123456789") for w in joined]
print(len(words), words[:4], joined[-2:])
