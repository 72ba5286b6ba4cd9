"""str.format: auto/manual numbering, attribute and index fields, conversions, nested specs, format_map, errors."""


class User:
    name = "ann"
    tags = ["x", "y"]


print("{} {} {}".format(1, "two", 3.0), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("ab", "!"))
print("{u.name} {u.tags[1]} {d[k]} {l[0]}".format(u=User, d={"k": "v"}, l=[9]))
print("{!r} {!s} {!a}".format("é", 5, "é"), "{0!r:>8}|{0!s:<4}|".format("é"))
print("{:{}{}}|{:.{}f}|{:>{w}}".format("m", ">", 5, 3.14159, 2, "r", w=4))
print("{name}={value:.2f}".format_map({"name": "pi", "value": 3.14159}), "{{}} {{{}}}".format(7))
print("{0:b} {0:o} {0:x} {0:,} {0:e}".format(123456), "{:%}".format(0.25), "{:+.1%}".format(-0.0123))
for template, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                               ("{", (), {}), ("}", (), {}), ("{:d}", ("s",), {}), ("{0.nope}", (1,), {})]:
    try:
        print(template.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
