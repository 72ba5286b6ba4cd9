"""chr and ord across ASCII, Latin-1, BMP and astral planes; range errors; building strings from code points."""
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("日"), ord("😀"), ord("\x00"))
print(chr(65), chr(97) + chr(98), repr(chr(0)), repr(chr(127)), chr(233), chr(8364), chr(0x65E5), chr(128512))
print(repr(chr(0x10FFFF)), len(chr(0x10FFFF)), chr(ord("a") + 25), [ord(c) for c in "héllo"])
print("".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in "Shift me!"))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) for c in "xyzabc")
print(caesar)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError:", e)
print(sorted("Zebra apple Éclair", key=ord)[:6], max("héllo"), min("héllo"), "é" > "z")
