# Ints formatted by specs with fill, alignment, sign, width, zero padding, grouping and a type, small and
# big, negative and zero, and the errors of specs an int refuses.

values = [0, 1, -1, 7, -7, 42, -42, 999, 1000, -1000, 123456, -123456, 2**31, -(2**31), 2**63 - 1, -(2**63),
          2**64 + 5, -(2**70), 10**25, True, False]
specs = ["", "d", "06d", "6d", "<6", ">6", "^7", "*^9", "0>5", "+d", "-d", " d", "+06", " 06", "=+8", "_<8",
         ",", "_", "012,d", "+,", "x", "#x", "08X", "#010b", "o", "#o", "n", "3", "1", "0", "010", "-^5", "x=8"]
for v in values:
    print(v, "|".join(format(v, s) for s in specs))
for i in (0, 5, -5, 123, -99999, 10**20):
    print(f"{i:06d}|{i:>4}|{i:<4}|{i:^6}|{i:+}|{i:,}|{i:_}|{i:08,}|{i:x}|{i:#06x}|{i: 5}|{i:=7}")
for bad in ["s", "06s", ".2d", "z", "c~", "=s", ",x", "_c"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print("ValueError", e)
print(f"{65:c}", f"{300:c}", f"{0x1F600:c}")
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
w = 8
print(f"{42:{w}}", f"{42:0{w}}", f"{-42:>{w}}", f"{42:{'*'}^{w}}")
