"""f-strings: nested replacement fields in specs, !r/!s/!a conversions, '=' self-documenting, braces, quotes."""
name, width, prec = "Zoë", 10, 3
pi = 3.14159265
tab = "tab\t"
print(f"{name!r} {name!s} {name!a} {tab!r} {'日本'!a} {42!r} {[1, 'a']!a}")
print(f"[{pi:{width}.{prec}f}] [{pi:{'<'}{width}.{prec - 1}}] [{name:{'*'}^{width + 2}}]")
spec = ">8.2f"
print(f"[{pi:{spec}}] [{2 * pi:{spec}}]")
x, y = 3, 4
print(f"{x=}, {y = }, {x + y=}, {x * y = :>5}, {name=!s}, {pi=:.2f}, {name=}")
items = ["a", "b"]
print(f"{items=} {len(items)=} {items[0]!r:>5}")
print(f"{{literal}} {{{x}}} {{}} {'{'}{x}{'}'}")
print(f"{'single'} {'ok' if x else 'no'} {'nested ' + f'{x:03}'}")
d = {"key": "value", "n": 5}
print(f"{d['key']} {d['n']:>4} {d!r:.10} {len(d):#x}")


class P:
    def __repr__(self):
        return "P<repr>"

    def __str__(self):
        return "P<str>"


p = P()
print(f"{p} {p!r} {p!s} {p=} {p!s:>10} {p!r:<10}|")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for n, price, qty in rows:
    print(f"{n:<8}|{price:>6.2f}|{qty:>4d}|{price * qty:>{width}.{prec - 1}f}")
