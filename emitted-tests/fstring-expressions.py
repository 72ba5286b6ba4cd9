"""f-strings: arbitrary expressions, nested quotes, !r/!s conversions, = debugging, braces escaping, dict access."""
name = "Zoë"
items = {"a": 1, "b": [1, 2]}
x = 7
print(f"{name!r} {name!s} {name} {name.upper()} {len(name)}")
print(f"{items['a']} {items['b'][-1]} {x * 2 + 1} {x if x > 5 else -x} {[i * i for i in range(3)]}")
print(f"{{literal}} {{{x}}} {'nested ' + name}")
print(f"{x=} {x * 2 = } {name=!s} {x=:>5}|")
print(f"{3.0 * 1.1=}")


class P:
    def __repr__(self):
        return "P()"

    def __str__(self):
        return "a P"

    def __format__(self, spec):
        return "P formatted with " + repr(spec)


p = P()
print(f"{p} {p!r} {p!s} {p:xyz} {p=}")
print(f"{'a' 'b'}" f"{x}" "plain" f"{x:03}")
print(f"""multi
{x}
line""")
print(f"{(lambda v: v * 2)(x)} {x:{'>'}{4}}|")
