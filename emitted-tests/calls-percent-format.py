"""printf-style formatting: str % value / tuple / dict, flags, widths, precision, and the errors."""


def kind(e):
    for t in (KeyError, IndexError, TypeError, ValueError, OverflowError):
        if isinstance(e, t):
            return repr(t)[8:-2]
    return "?"
print("%d items, %s, %r" % (3, "x", "x"), "%5.2f|%-6d|%06.1f|%+d|% d" % (3.14159, 42, -2.5, 7, 7))
print("%x %X %o %#x %#o %c %c %%" % (255, 255, 8, 255, 8, 65, "z"), "%s" % [1, 2], "%s" % (1,))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%e|%.3E|%g|%G" % (12345.678, 0.00012, 1e-5, 1e20))
print("%10s|%-10s|%.2s" % ("right", "left", "trunc"), "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%i %u %d" % (3.9, -2, True), "%.3d|%5.3d" % (7, -7), "%s %s" % ("a", None), "no args" % ())
value = 3
print("v=%s" % value, "%%d" % (), "%s" % {"k": 1}, "%5s|" % "é", "%.1f%%" % 99.5)
for bad in [lambda: "%d" % "x", lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%z" % 1,
            lambda: "%(a)s" % 1, lambda: "%c" % "ab", lambda: "%x" % 1.5, lambda: "%f" % "s", lambda: "abc %" % ()]:
    try:
        print(bad())
    except (TypeError, ValueError, KeyError) as e:
        print(kind(e) + ":", e)
