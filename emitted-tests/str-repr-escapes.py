"""repr() of strings: quote choice, escapes for control chars, backslashes, non-printable and non-ASCII code points."""
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "\x00\x07\x1b\x7f",
           "é日😀", "\u200b zero width", "\x85\xa0\xad", "\ud800" if False else "\U0001F600", "\r\x0b\x0c", "",
           "\u2028", "\U000e0001"]
for s in samples:
    print(repr(s), len(s))
print([("a'b", 'c"d')], {"k\n": "v\t"})
print(str(["x"]), repr(repr("x")), repr("\\n"))
print("%r" % "\n", f"{'é'!r}", "{!r}".format("\t"))
