"""%-formatting: %s %r %a %d %i %u %x %X %o %e %f %g %c %% with flags, width, precision, '*' and tuples."""
print("%s|%r|%a|%d|%i|%x|%X|%o|%c|%%" % ("s", "r", "é", 42, -7, 255, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%x|%#x|%#X|%#o|%08.3f" % (42, 42, 42, 42, 42, -42, -255, 255, 255, 8, 3.14159))
print("%e|%E|%.2e|%f|%.0f|%.1f|%g|%G|%.3g|%10.4f|%-10.2f|" % (12345.678, 0.00012, 1.5, 2.5, 2.5, -0.05, 1e-5, 1e20, 1234.5, 3.14159, 2.5))
print("%s %s %s %s" % (None, True, [1, "a"], (1,)), "%r %r" % ("q'uote", 1.0), "%s" % ((1, 2),))
print("%(name)s is %(age)d, %(name)r again" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 1, 2.25))
print("%c%c%c" % ("a", 98, 0x263A), "%.3s|%5.2s|%-6s|" % ("abcdef", "xyz", "hi"), "%d%%" % 50)
print("%s" % "single", "%s" % [1, 2], "%d" % 3.99, "%d" % True, "%x" % 10 ** 20, "%.2f" % 10 ** 20)
print("%i %u" % (-3, 7), "no args %%" % (), "%s-%s" % ("a", "b"), "%3c|" % "z", "%-3c|" % 66)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%c", "ab"), ("%(k)s", 5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
