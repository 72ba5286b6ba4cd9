"""bytes methods (split join strip find count replace startswith hex fromhex ...) and the utf-8/ascii/latin-1 codecs."""
print(b"a,b,,c".split(b","), b"  a b\t c\n".split(), b"a b c".split(None, 1), b"a-b-c".split(b"-", 1), b"".split())
print(b"-".join([b"x", b"y", b"z"]), b"".join([]), b", ".join((b"a",)), b"  pad ".strip(), b"xxhixx".strip(b"x"))
print(b"  left".lstrip(), b"right  ".rstrip(), b"--x--".lstrip(b"-"), b"--x--".rstrip(b"-"))
print(b"Hello World 1!".upper(), b"Hello World 1!".lower(), b"caf\xc3\xa9".upper())
print(b"banana".find(b"an"), b"banana".find(b"an", 2), b"banana".find(b"x"), b"banana".find(97), b"banana".find(b"a", -2))
print(b"banana".index(b"na"), b"banana".count(b"a"), b"banana".count(b"an", 0, 4), b"banana".count(b""), b"aaa".count(b"aa"))
print(b"hello".replace(b"l", b"L"), b"aaa".replace(b"a", b"bb", 2), b"ab".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
print(b"abc".startswith(b"ab"), b"abc".endswith(b"bc"), b"abc".startswith((b"x", b"a")), b"abc".endswith(b"a", 0, 1))
print(b"123".isdigit(), b"12a".isdigit(), b"abC".isalpha(), b"".isalpha(), b" \t\n".isspace(), b"a ".isspace())
print(b"\x00\xffab".hex(), b"".hex(), bytes.fromhex("00ff 61 62"), bytes.fromhex(""), bytes.fromhex("DEADbeef"))
print("日本".encode("utf-8"), b"\xe6\x97\xa5".decode("utf-8"), len("日本".encode()), "😀".encode(), "a€".encode("UTF8"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), "café".encode("latin-1"), "abc".encode("ascii"))
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"), b"\xe6\x97".decode("utf-8", "replace"))
print("naïve ☃".encode("ascii", "replace"), "naïve ☃".encode("ascii", "ignore"), "ÿ".encode("latin-1"), "x".encode("iso-8859-1"))
print(b"\x80abc".decode("ascii", "replace"), b"\x80abc".decode("latin1"), str(b"\xc3\xa9", "utf-8"))
for data in [b"\xff", b"ab\x80", b"\xe6\x97", b"\xe6\x97x", b"\xc3", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xc0\xaf", b"ok\xf5"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
for text, codec in [("naïve", "ascii"), ("naïïve", "ascii"), ("a€b", "latin-1"), ("日本語", "ascii")]:
    try:
        text.encode(codec)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b"\x80".decode("ascii")
except UnicodeError as e:
    print(isinstance(e, UnicodeDecodeError), e)
try:
    bytes.fromhex("0g")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a".join([b"x", "y"])
except TypeError as e:
    print("TypeError:", e)
try:
    b"a b".split("a")
except TypeError as e:
    print("TypeError:", e)
