"""str(int) and f"{int}" (the digits written in place, their length known to the next method), and strip's
character sets of one and several ASCII characters, non-ASCII characters, and texts with non-ASCII ends."""
import sys

for n in [0, 7, -7, 10, -10, 123456789, -9223372036854775808, 9223372036854775807, 2**63, -2**64, 10**30]:
    s = str(n)
    f = f"{n}"
    print(s, f, len(s), len(f), s == f, f"[{n}]", len(f"<{n}>"), f"{n!s}", f"{n!r}", f"{n}"[1:3], f.find("0"))
print(f"{True} {False} {None} {3.0} {-0.0}", str(True), str(1.5e300), f"{'x'}")
big = "".join(f"{i}," for i in range(-5, 120))
print(len(big), big[:20], big.split(",")[-2], big.count("1"), big.rfind("-"))


class Number:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "my" + str(self.n)

    def __repr__(self):
        return "Number(" + repr(self.n) + ")"

    def __format__(self, spec):
        return "fmt" + spec


print(str(Number(5)), f"{Number(5)}", f"{Number(5):>3}", f"{Number(5)!s}", f"{Number(5)!r}", f"{Number(-1)}")
user = "user" + str(42)
print(user, len(user), user.upper(), user[4:], "user" + str(-3), ("k" + str(7)) * 2)

words = ["  padded  ", "::colons::", "x:", ":", "", "a:b:", "::", "abcba", "ñandú:", ":ñ:", "日本:", "\u3000wide\u3000"]
for w in words:
    print(repr(w), repr(w.strip()), repr(w.rstrip(":")), repr(w.lstrip(":")), repr(w.strip(":")),
          repr(w.strip("ab")), repr(w.strip(": ")), repr(w.rstrip("a:")), repr(w.strip("ñ:")), repr(w.strip("")),
          repr(w.strip(None)), repr(w.rstrip(" \u3000")), len(w.rstrip(":")), w.rstrip(":") is w)
for chars in ["\x00", "\x7f", "\t\n", "~"]:
    t = chars + "mid" + chars
    print(repr(t.strip(chars)), repr(t.lstrip(chars)), repr(t.rstrip(chars)))
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError", e)
try:
    "x".rstrip(":", ":")
except TypeError as e:
    print("TypeError", e)
sys.stdout.flush()
