"""str.split/rsplit/strip/endswith/isdigit/encode called without keywords (the direct path) and with them: every
argument count and type error with CPython's message."""
for args in [(), (None,), (",",), (",", 1), (None, 0), (",", -1)]:
    print("a,b c".split(*args), "a,b c".rsplit(*args))
for bad in [(1,), (",", "x"), (",", 1, 2), (",", 1.5)]:
    try:
        print("a,b".split(*bad))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("a,b".rsplit(*bad))
    except TypeError as e:
        print("TypeError:", e)
print("a,b".split(sep=","), "a b".split(maxsplit=0), "xax".strip("x"), "ab".endswith(("b", "c")), "Ab".isupper())
try:
    "a".strip(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".strip(",", ",")
except TypeError as e:
    print("TypeError:", e)
try:
    "a".isdigit(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "a".endswith()
except TypeError as e:
    print("TypeError:", e)
print("é".encode(), "abc".encode("ascii"))
