"""str.format: positional, numbered, named, attribute and index fields, nested specs, conversions, errors."""
print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age:>4}|".format(name="Bo", age=7), "{0[1]} {1[k]}".format([9, 8], {"k": "v"}))
print("{:>{w}.{p}f}|".format(3.14159, w=10, p=2), "{!r:>8}|".format("q"), "{{}} {}".format(5))


class Pt:
    x = 3
    y = 4


print("{0.x},{0.y}".format(Pt()), "{:,}".format(10 ** 7), "{:^10}|".format("mid"))
for f, a in [("{}{}", (1,)), ("{0}{}", (1, 2)), ("{x}", ()), ("{:d}", ("s",))]:
    try:
        print(f.format(*a))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(format(5, ">3"), format("s"), format(0.5), format(12345, ","), format(3, "03d"))
