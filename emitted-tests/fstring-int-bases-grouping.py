"""Integer presentation types b/o/x/X/d/c with #, zero padding and grouping (',' and '_' every 4 digits for bases)."""
for n in (0, 5, 255, -255, 65535, 2 ** 40):
    print(f"{n:b} {n:#b} {n:o} {n:#o} {n:x} {n:#x} {n:X} {n:#X} {n:d}")
print(f"[{255:#010b}] [{255:#06x}] [{-255:#08x}] [{255:010_b}] [{2 ** 32:_x}] [{2 ** 32:#_X}] [{10 ** 9:_o}]")
print(f"[{1234567890:,}] [{1234567890:_}] [{-9876543:,d}] [{999:,}] [{1000:,}] [{10 ** 20:,}] [{0:_}]")
print(f"[{1234567:015,}] [{-1234567:015,}] [{1234:08,}] [{12:+,}] [{123456:>12,}]")
print(f"[{65:c}] [{0x263A:c}] [{97:^5c}] [{True:b}] [{True:x}] [{10 ** 30:x}]")
print(f"[{42:10b}] [{42:<#10o}] [{42:^#10x}] [{-42:=#10x}] [{42:+#x}] [{-42: #o}]")
n = 1 << 70
print(f"{n:b}"[:10], len(f"{n:b}"), f"{n:#x}", f"{n:,}", f"{-n:_}")
try:
    print(f"{3:,b}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{-1:c}")
except OverflowError as e:
    print("OverflowError:", e)
