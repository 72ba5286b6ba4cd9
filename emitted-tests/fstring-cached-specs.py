"""f-string specs parsed once and kept: the same constant spec applied to ints, bools, big ints, negative
numbers, floats and strs in one loop; specs built at run time that reuse a freed spec's text or address;
a bad spec raising every time it is used; the padded int and str fast paths against the general ones."""
values = [0, 7, -7, 42, -123456, 10**20, -(10**20), True, False, 2**63 - 1, -(2**63)]
for v in values:
    print(f"[{v:06d}] [{v:>8}] [{v:<8}] [{v:^8}] [{v:+}] [{v: }] [{v:=+9}] [{v:*^7}] [{v:_>12,}] [{v:08}]")
for v in values[:8]:
    print(f"[{v:x}] [{v:#o}] [{v:n}] [{v:3}] [{v:.2f}] [{v:010.3e}] [{v:%}]")
for s in ["", "a", "abc", "héllo", "日本語", "x" * 12]:
    print(f"[{s:>6}] [{s:<6}] [{s:^7}] [{s:*^7}] [{s:.2}] [{s:10.4}] [{s:s}] [{s:é>8}] [{s:1}]")
for f in [0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("nan")]:
    print(f"[{f:8.2f}] [{f:>10}] [{f:<+10.3}] [{f:z.1f}] [{f:06.1f}]")
for width in range(1, 12, 3):
    for align in "<^>=":
        spec = f"*{align}{width}"
        print(f"[{-5:{spec}}]", format(12, spec), end=" ")
    print()
# The same spec text from different str objects, and different texts one after another through one site.
for spec in ["05d", ">5", "<5", "^5", "+05d", "x", "_>8", "05d"]:
    print(f"[{31:{spec}}]", format(-31, spec), format(True, spec))
for i in range(3):
    for spec in ["d", "x", "s", ",d", "d"]:
        try:
            print(f"{i * 1000:{spec}}", end=" ")
        except ValueError as e:
            print("ValueError:", e, end=" ")
    print()
for spec in ["06.2d", "=5s", "+s", "#s", ",s", "zd", "5c"]:
    for v in [65, "ab", 2.5]:
        try:
            print(repr(format(v, spec)), end=" ")
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__ + ":", e, end=" | ")
    print()
for i in range(3):
    try:
        print(f"{i:Q}")
    except ValueError as e:
        print("ValueError:", e)
rows = [f"row {i:06d}: value={i * 37 % 1000:>4} tag={'even' if i % 2 == 0 else 'odd'}" for i in range(0, 100000, 9973)]
print(rows, len(rows[-1]), [len(r) for r in rows])
print(f"{'é':^5}|{'é':x<3}|{5:é^5}|{-5:é=5}", len(f"{5:é^5}"), len(f"{'ab':é<4}"))
for v, spec in [("a", "-"), ("a", "-5"), ("a", " "), ("a", "z"), (65, "-c"), (65, "+c"), (5, "-5"), (5, "z.2d"),
                (True, "s"), (True, "zx"), (1.5, "z"), (-0.0001, "z.2f"), (-0.0, "z"), (False, "-^5")]:
    try:
        print(repr(format(v, spec)))
    except ValueError as e:
        print("ValueError:", e)
