"""split/rsplit/splitlines/partition/join edge cases: default whitespace split vs explicit separator, maxsplit."""
s = "  a  b\tc\n d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(), "".split(","))
print("line1\nline2\r\nline3\n".splitlines(), "x\n\ny".splitlines(), "keep\nends\n".splitlines(True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(4)), "x".join("abc"))
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("a b c".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "aXbXc".split("X", -1))
print("\u3000wide\u00a0space ".split())
