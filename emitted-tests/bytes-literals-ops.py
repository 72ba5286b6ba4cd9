"""bytes literals, repr quoting and escapes, indexing, slicing, iteration, operators, comparisons, bytes()."""
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\x00\x01\x1f\x7f\x80\xff",
           b"\t\n\r\x0b\x0c", rb"raw\n", b"caf\xc3\xa9", bytes(range(30, 40))]
for s in samples:
    print(s, repr(s), str(s), len(s))
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], b[-3:], list(b[:3]), b[2:9:3])
print(b"a" + b"b", b"ab" * 3, 2 * b"xy", b"ab" * 0, b"ell" in b, 104 in b, 0 in b, b"" in b)
print(b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"a", b"" == bytes(), b"a" != b"b", b"abc" == "abc")
print(sorted([b"b", b"a", b"\x00", b"ab"]), max(b"xyz"), min(b"xyz"), sum(b"\x01\x02"), bool(b""), bool(b"\x00"))
print(bytes([65, 66, 67]), bytes(3), bytes(range(48, 58)), bytes((1, 2)), bytes(b"copy"), bytes())
print(bytes("héllo", "utf-8"), bytes("abc", "ascii"), str(b"h\xc3\xa9", "utf-8"), bytes([]), bytes({7: 1}))
d = {b"key": 1, b"k" + b"ey": 2}
print(d, {b"a", b"a", b"b"} == {b"b", b"a"}, b"x" in {b"x"})
total = 0
for byte in b"\x01\x02\x03\xff":
    total += byte
print(total, [x for x in b"AZ"], [chr(x) for x in b"hi"], list(enumerate(b"ab")))
for bad in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"abc"[10], lambda: b"abc"[b[:0].decode() + "x"], lambda: bytes([256]),
            lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes("abc"), lambda: bytes(-1), lambda: bytes(1.5),
            lambda: bytes(5, "utf-8"), lambda: "x" in b"xyz", lambda: 300 in b"abc", lambda: b"a" < "a",
            lambda: b"ab" * "2", lambda: bytes("x", "utf-8", "strict", 1)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(isinstance(e, TypeError), isinstance(e, ValueError), e)
