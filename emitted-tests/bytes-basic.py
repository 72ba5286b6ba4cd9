"""bytes: literals, indexing gives ints, slicing gives bytes, repr escapes, concatenation, comparisons, conversions."""
b = b"hello\x00\xff\n'"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:3]))
print(b"a" + b"b", b"ab" * 3, b"ell" in b, 104 in b, b"abc" < b"abd", b"" == bytes())
print(bytes([65, 66, 67]), bytes(3), bytes(range(48, 58)), bytes("héllo", "utf-8"), "héllo".encode())
print(b'"', b"'", b"\t\r", repr(b"\\"), b"\x7f\x80")
print("日本".encode("utf-8"), b"\xe6\x97\xa5".decode("utf-8"), len("日本".encode()))
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"  pad ".strip(), b"Hi".upper(), b"abc".find(b"c"))
print(b"hello".replace(b"l", b"L"), b"abc".startswith(b"ab"), b"abc".count(b"b"))
print(str(b"x"), hash(b"abc") == hash(b"abc"), b"abc" == "abc", sorted([b"b", b"a"]))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
for x in b"AZ":
    print(x, chr(x))
