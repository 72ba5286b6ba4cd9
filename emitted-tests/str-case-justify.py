"""Case methods (title, capitalize, swapcase, casefold) and padding (center with odd widths, ljust, rjust, zfill)."""
for s in ["hello world", "HELLO wORLD", "they're bill's", "ǆemal", "123abc def", "", "ß straße"]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.upper()), repr(s.lower()))
print("Straße".casefold(), "ΣΑΣ".lower(), "ﬁ".upper(), "İ".lower() == "i̇", len("İ".lower()))
for w in [1, 4, 5, 6, 7]:
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, ".")), repr("ab".rjust(w, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "-".zfill(3), "12345".zfill(3), "".zfill(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("hello".upper().lower().title(), "mIxEd".swapcase().swapcase(), "a-b_c d".title(), "o'neil".capitalize())
