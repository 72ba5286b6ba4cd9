vals = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 62), 2 ** 64 + 3, -(2 ** 70), 3.5, -2.25, 0.1, 1e300]
for a in vals:
    for b in vals:
        out = []
        for op in range(6):
            try:
                if op == 0:
                    r = a + b
                elif op == 1:
                    r = a * b
                elif op == 2:
                    r = a // b
                elif op == 3:
                    r = a % b
                elif op == 4:
                    r = a / b
                else:
                    r = a < b
                out.append(repr(r))
            except ZeroDivisionError as e:
                out.append("ZDE " + str(e))
            except OverflowError as e:
                out.append("OVF " + str(e))
        print(a, b, " ".join(out))
print(2 ** 0.5, 10 ** -2, (-2) ** 3, 2 ** 200 // 3 ** 50, -(10 ** 30) % 7, 1 << 70, (1 << 70) >> 68, -5 >> 1)
print(int(3.99), int(-3.99), int("  -12_3 "), float("  -1e3"), float("inf"), -float("inf"), 1e22, 1e15, 123e-20)
print(7 & 3, 7 | 8, 7 ^ 2, ~5, True & False, True | False, abs(-2 ** 63), 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)
