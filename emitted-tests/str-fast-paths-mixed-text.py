# The byte-wise str fast paths (search, split, strip, case mapping, predicates, join, replace, concatenation)
# on ASCII and non-ASCII text alike: positions are in code points, whitespace and case are Unicode's.

samples = ["plain ascii text", "café au lait", "naïve\u00a0piñata", "ß straße", "ΣΑΣ ΟΔΟΣ", "日本語 テキスト",
           "\u2003em\u2003space\u3000ideographic", "tab\tand\nnewline\x1c\x1fsep", "", " ", "😀 emoji 😀 pair"]

for s in samples:
    print(repr(s), len(s))
    print(" split", s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
    print(" split sep", s.split("a"), s.rsplit("a", 1), s.split("é"), s.split("😀"))
    print(" strip", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("ptß😀")))
    print(" case", s.upper(), s.lower(), s.upper().lower() == s.lower())
    print(" preds", s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.isascii())
    for sub in ["a", "e", "é", "ß", "ΟΣ", "テ", "😀", "", " "]:
        print(" find", repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 1, -1),
              s.count(sub, 1, 6), s.find(sub, -3), s.count(sub, 100), s.find(sub, len(s)), s.rfind(sub, len(s) + 1))
    if "a" in s:
        print(" index", s.index("a"), s.rindex("a"), s.index("a", 1))
    print(" replace", s.replace("a", "ä"), s.replace("ä", "a"), s.replace(" ", ""), s.replace("😀", ":)", 1),
          len(s.replace("a", "äa")))
    print(" join", "·".join(s.split()), len("·".join(s.split())), "".join([s]), "-".join(iter(s.split(" "))))
    t = s + "ñ" + s
    print(" concat", t, len(t), t[len(s)], t[-1:], t[1:4], len(f"{s}{t}"))

# results reused by later methods keep the right length
words = "día uno, día dos, día tres".split(", ")
print(words, [len(w) for w in words], [w.upper() for w in words], [w.find("a") for w in words])
glued = "→".join(words)
print(glued, len(glued), glued.find("→"), glued.rfind("día"), glued.count("í"), glued[4:9])
line = "  row 000012: value= 444 tag=even  "
fields = line.split()
print(fields, fields[-1].endswith("even"), fields[1].rstrip(":").isdigit(), int(fields[1].rstrip(":")))

# identity where CPython returns the receiver
s = "unchanged"
print(s.strip() is s, s.replace("x", "y") is s, "".join([s]) is s, s.lstrip("z") is s)

# errors keep their messages
for bad in [lambda: "a b".split(""), lambda: ",".join(["a", 1]), lambda: "abc".index("z"),
            lambda: "abc".find(1), lambda: "abc".count(None), lambda: "abc".strip(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# methods as values and unusual receivers
up = str.upper
print(up("straße"), list(map(str.strip, [" a ", "\u00a0b\u00a0"])), "x".join("abc"))
d = {}
d.setdefault("k", []).append(1)
print(d, d.get("k"), d.get("z", "none"), [].copy(), {"a": 1}.copy())
