"""bytes iteration and methods; bytes vs str boundaries; decoding with errors; building bytes from ints."""
data = bytes(range(0, 256, 37))
print(data, len(data), sum(data), max(data), list(data))
print(data.upper(), b"Mixed Case".lower(), b"Mixed Case".swapcase(), b"  x ".lstrip(), b"x--".rstrip(b"-"))
print(b"a b  c".split(), b"a\nb\n".splitlines(), b"k=v".partition(b"="), b"abc".endswith(b"c"))
print(b"abc".index(b"b"), b"aaa".replace(b"a", b"bb", 2), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"abc123".isalnum(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"ABC".isupper())
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"ab\xffcd".decode("utf-8", "replace"),
      b"ab\xffcd".decode("utf-8", "ignore"))
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"), "naïve".encode("latin-1"))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(bytes([x ^ 0x20 for x in b"hello"]), b"%d-%s" % (5, b"x"), bytes(b"copy"))
print(b"abc"[1], b"abc"[1:2], type(b"abc"[0]).__name__, [b for b in b"hi"])
