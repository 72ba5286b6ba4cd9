"""KeyError str() is the repr of the key for one arg; dict lookups with various key types; message for empty key."""
d = {"a": 1}
for key in ["missing", "", 0, 2.5, (1, "x"), None, "quote'd", frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(f"str={str(e)} | args={e.args} | repr={e!r}")
try:
    {}.pop("p")
except KeyError as e:
    print(e)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e)
try:
    set().remove("s")
except KeyError as e:
    print(e, e.args[0])
try:
    raise KeyError
except LookupError as e:
    print(repr(str(e)), type(e).__name__)
