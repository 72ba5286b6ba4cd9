"""str.split/rsplit: whitespace vs explicit separator, maxsplit from either end, empty pieces, splitlines."""
s = "  a  b\tc\n d  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.rsplit(maxsplit=2))
csv = "x,,y,z,"
print(csv.split(","), csv.split(",", 2), csv.rsplit(",", 2), csv.rsplit(",", 0), csv.split(",", -1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aaa".split("a"), "a--b--c".split("--"))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "path/to/file.txt".rsplit("/", 1)[-1], "no sep".split(","))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines(), text.splitlines(True)[:3], "".splitlines(), "x\n".splitlines(), "\n".split("\n"))
words = "The quick  brown fox".split(" ")
print(words, len(words), " ".join(w for w in words if w))
print("1 2 3".split(maxsplit=1), "a b c d".rsplit(" ", 1), "日本 語".split(), "a\u3000b".split())
