"""printf-style % formatting: conversions, flags, width/precision, * width, mapping keys, %% and errors."""
print("%s|%r|%d|%i|%5d|%-5d|%05d|%+d|% d" % ("s", "s", 42, -7, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%o|%#o|%e|%E|%.3f|%10.2f|%-10.1f|" % (255, 255, 255, 8, 8, 12345.678, 0.00012, 3.14159, 2.5, 2.5))
print("%g|%g|%g|%G|%c|%c|%%|%.2s|%5s|%-5s|" % (0.00001, 1e16, 123.0, 1e-10, "x", 65, "abc", "ab", "ab"))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%(name)s is %(age)d; %(name)r" % {"name": "Ann", "age": 30})
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % (None, True), "%d" % 3.99, "%s" % 3.0, "%r" % "q'uote")
print("%d%%" % 50, "%.0f%%" % 99.5, "%5.1f%%" % 12.345)
print("%s" % "é", "%3s|" % "日", "%x" % -255, "%d" % (10 ** 25), "%.1e" % 10 ** 25)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", 5), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__ + ":", e)
