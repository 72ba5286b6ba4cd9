# Builtin method calls entered from their sites (no argument, one, more, keywords, errors), split's pieces,
# int() of a str and f-string fields under kept specs.


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)


class Words:
    def split(self, sep=None):
        return ["words", sep]

    def strip(self):
        return "stripped"


def split_site(x):
    return x.split()


def split_sep_site(x, sep):
    return x.split(sep)


def strip_site(x):
    return x.strip()


def one_site(x, y):
    return x.index(y)


def method_sites():
    # one site seeing a str, a class instance and a list in turn
    for x in ["a b  c", Words(), "  ", "single", Words()]:
        print(split_site(x))
    for x in ["a,b", Words(), "none here"]:
        print(split_sep_site(x, ","))
    for x in [" s ", Words(), "\tt\n"]:
        print(strip_site(x))
    for x, y in [("abcabc", "c"), ([3, 1, 2], 2), ((5, 6), 6), ("xyz", "z")]:
        print(one_site(x, y))
    s = "alpha beta gamma"
    print(s.upper(), s.title(), s.isalpha(), s.isdigit(), "123".isdigit(), "".isdigit())
    print(s.endswith("gamma"), s.startswith("alp"), s.endswith(("x", "ma")), s.find("beta"), s.count("a"))
    print(s.rstrip("am"), s.lstrip("la"), s.strip("a"), s.replace("a", "A"), s.rsplit(" ", 1))
    print(s.split(maxsplit=1), s.split(sep="a"), s.split(" ", maxsplit=0), s.rsplit(maxsplit=1))
    lst = [4, 5, 6]
    print(lst.pop(), lst.pop(0), lst.copy(), lst.count(5), lst.index(5))
    d = {"k": 1}
    print(d.get("k"), d.get("x"), d.get("x", 2), list(d.keys()), list(d.items()), d.pop("k"), d)
    attempt(lambda: "a".split(1))
    attempt(lambda: "a b".split(None, "1"))
    attempt(lambda: "a".split(",", 1, 2))
    attempt(lambda: "a".upper(1))
    attempt(lambda: "a".endswith())
    attempt(lambda: "a".endswith(1))
    attempt(lambda: "a".startswith("a", 0, 1, 2))
    attempt(lambda: "a".strip(1))
    attempt(lambda: "a".strip("a", "b"))
    attempt(lambda: "a".isdigit(1))
    attempt(lambda: "a".split(sep=",", bad=1))
    attempt(lambda: "a".split(""))
    attempt(lambda: [].pop())
    attempt(lambda: [1].index(2))
    attempt(lambda: {}.get())
    attempt(lambda: "a".nosuch())
    attempt(lambda: [].nosuch(1))


def split_pieces():
    words = " ".join("w%d" % i for i in range(40))
    print(len(words.split()), words.split()[-1], words.split()[11:14])
    for maxsplit in [-1, 0, 1, 2, 11, 12, 13, 39, 40, 100]:
        parts = words.split(None, maxsplit)
        print(maxsplit, len(parts), parts[-1][:12])
        parts = words.split(" ", maxsplit)
        print(maxsplit, len(parts), parts[-1][:12])
    for text in ["", " ", "   ", "a", " a", "a ", " a  b ", "\t\na\x0bb\x0cc\rd\x1ce\x1ff", "a\u00a0b c", "é à  ü",
                 "x" * 20 + " " + "y" * 9, "abcdefgh ijklmnop qrstuvwx", "ab\x01cd ef"]:
        print(repr(text), text.split(), text.split(None, 1), text.split(" "), text.split(" ", 1))
    # no whitespace or no separator: the list holds the str itself
    s = "unsplit" * 3
    print(s.split()[0] is s, s.split(",")[0] is s, s.split(None, 0)[0] is s, s.split("u", 0)[0] is s)
    for text, sep in [("a,,b,", ","), (",a", ","), ("abab", "ab"), ("aaa", "aa"), ("x--y--", "--"),
                      ("é,ü,", ","), ("aéb", "é"), ("line1\nline2\n", "\n")]:
        print(repr(text), repr(sep), text.split(sep), text.split(sep, 1), text.rsplit(sep, 1))
    lines = "\n".join("row %d: %s" % (i, "x" * (i % 5)) for i in range(50)).split("\n")
    print(len(lines), lines[0], lines[-1], sum(len(line.split()) for line in lines))


def joins():
    for sep in ["", ",", "\n", ", ", "é", "--"]:
        for items in [[], ["a"], ["a", "b"], ("x", "", "yz"), ["é", "ü", "long piece of text " * 3]]:
            joined = sep.join(items)
            print(repr(joined), len(joined))
        print(repr(sep.join(str(i) for i in range(12))))
    one = "only"
    print(",".join([one]) is one)
    attempt(lambda: ",".join(["a", 1]))


def replaces():
    many = "ab," * 50
    for text, old, new, count in [("aaa", "aa", "b", -1), ("aaaa", "aa", "", -1), ("abc", "x", "y", -1),
                                  ("a.b.c", ".", "", 1), ("a.b.c", ".", "--", 0), ("a.b.c", ".", "é", 5),
                                  ("héllo héllo", "é", "e", -1), ("xyz", "", "-", -1), ("xyz", "", "-", 2),
                                  (many, ",", ";", -1), (many, "ab", "ABC", 40), (many, "b,a", "", -1)]:
        out = text.replace(old, new, count)
        print(repr(out[:40]), len(out), out.count(new) if new else 0)
    same = "nothing to replace"
    print(same.replace("x", "y") is same)


def int_of_str():
    for text in ["0", "7", "000123", "123456", "999999999999999999", "123456789012345678",
                 "1234567890123456789", "9223372036854775807", "9223372036854775808", "-5", "+5", " 42 ",
                 "\t42\n", "1_000", "١٢٣", "４２", "0x10", "", " ", "12a", "1__0", "_1", "-", "1.5", "٣_٣"]:
        attempt(int, text)
    total = 0
    for i in range(1000):
        total += int(str(i * 7919 % 100003).zfill(6))
    print(total)


def fstring_fields():
    for value in [5, -5, 123456, 0, 2**63 - 1, -(2**63), 2**70, 3.5, True, "ab", "abcdef"]:
        print(f"[{value:>8}] [{value:<8}] [{value:^8}]")
    # every digit count, both sides of each power of ten
    edges = [0, 2**63 - 1, -(2**63)] + [k * 10**e + d for e in range(19) for k in (1, -1) for d in (-1, 0) if k * 10**e + d]
    print(" ".join(f"{v}" for v in edges))
    print(" ".join(f"{v:d}|{v:>21}|{v:+}" for v in edges))
    for value in [7, -7, 1234567, 2**64]:
        print(f"[{value:06d}] [{value:+d}] [{value: d}] [{value:=+8}] [{value:*^9}] [{value:,}] [{value:_x}]")
    attempt(lambda: f"{'s':06d}")
    attempt(lambda: f"{'s':+}")
    attempt(lambda: f"{3:s}")
    attempt(lambda: f"{2.5:d}")
    spec = ">5"
    for value in [1, "x", 2.0, None]:
        attempt(lambda: f"{value:{spec}}")
    rows = [f"row {i:06d}: value={i * 37 % 1000:>4} tag={'even' if i % 2 == 0 else 'odd'}" for i in range(5)]
    print(rows)


method_sites()
split_pieces()
joins()
replaces()
int_of_str()
fstring_fields()
