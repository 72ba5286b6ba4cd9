"""Case conversion, strip family, centering/justification, zfill, and predicates, including non-ASCII."""
words = ["hello World", "ÉCOLE", "straße", "ǅungla", "123abc", "", "  x  ", "Hello-world foo_bar"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("xxhixx".strip("x"), "  pad ".lstrip(), "  pad ".rstrip() + "|", "abcba".strip("ab"), "www.ex.com".lstrip("w."))
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "hi".ljust(5, ".") + "|", "hi".rjust(5) + "|")
print("42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "hi".center(1))
for t in ["abc", "ABC", "Abc", "123", "1.5", "", " ", "a1", "Ab Cd", "١٢", "½", "\t\n"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle(),
          t.isdecimal(), t.isnumeric())
print("ß".upper(), "ﬁ".upper(), "İ".lower() == "i\u0307", len("İ".lower()))
