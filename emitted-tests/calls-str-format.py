"""str.format: automatic and manual numbering, names, indexing, conversions, nested specs, and the errors."""


def kind(e):
    for t in (KeyError, IndexError, TypeError, ValueError, OverflowError):
        if isinstance(e, t):
            return repr(t)[8:-2]
    return "?"
print("{} + {} = {}".format(1, 2, 3), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=[2]))
print("{0[1]} {d[k]} {0[0]}".format([10, 20], d={"k": "v"}), "{!r} {!s} {!a}".format("q", "q", "é"))
print("{:>8}|{:<6}|{:^7}|{:*^9}".format("r", "l", "c", "s"), "{:08.3f} {:+,d} {:x} {:#b}".format(3.14159, 1234567, 255, 5))
print("{:{w}.{p}f}".format(2.718281, w=10, p=2), "{0:{1}}".format("ab", 5) + "|", "{{literal}} {}".format("x"))
print("{:%}".format(0.25), "{:e}".format(123.0), "{:,.2f}".format(1234567.891), "{}".format(None), "{}".format([1, "a"]))
for bad in ["{", "}", "{0} {}", "{} {0}", "{2}", "{name}", "{!x}", "{0!}", "{:d}", "{0[}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(kind(e) + ":", e)
