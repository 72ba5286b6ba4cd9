# Integer format specs on int64 values (formatted without GMP) and on big ints, with signs, bases, padding.

values = [0, 7, -7, 42, -42, 255, 1000000, -9223372036854775808, 9223372036854775807, 2 ** 64, -(2 ** 70), True]
for v in values:
    print(f"{v:06d}|{v:>8}|{v:<6}|{v:^9}|{v:+d}|{v: d}|{v:x}|{v:X}|{v:#o}|{v:#b}|{v:,}|{v:_x}|{v:012,}|{v:=+10}|{v:*>7d}")
    print(format(v, "08x"), format(v, "#010X"), format(v, "d"), "%05d" % v, "{:>4}".format(v), f"{v:010_b}")
for i in range(0, 400000, 99991):
    print(f"row {i:06d}: value={i * 37 % 1000:>4} tag={'even' if i % 2 == 0 else 'odd'}")
