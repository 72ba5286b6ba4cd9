"""partition/rpartition, strip/lstrip/rstrip with character sets, removeprefix/removesuffix."""
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("=x".partition("="), "x=".rpartition("="), "".partition("x"), "abcabc".partition("bc"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixyx".strip("xy")), repr("www.ex.com".lstrip("cmowz.")))
print(repr("--==text==--".strip("-=")), repr("abc".strip("")), repr("aaa".strip("a")), repr("0012300".rstrip("0")))
print(repr("\u3000wide\u3000".strip()), repr("\x0b\x0cvt\x1c".strip()), repr("tab\t".rstrip("\t")))
print("test_file.py".removeprefix("test_"), "test_file.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))
print("prefixprefix".removeprefix("prefix"), "a.b.c".rpartition(".")[0], "host:8080".partition(":")[2])
url = "https://example.org/path/page"
scheme, _, rest = url.partition("://")
host, sep, path = rest.partition("/")
print(scheme, host, sep + path)
