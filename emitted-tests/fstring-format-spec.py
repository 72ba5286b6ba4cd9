"""f-strings with the format-spec mini-language: fill/align/sign/#/0/width/grouping/precision/type."""
n = 1234567.891
i = 255
print(f"[{n}] [{n:.2f}] [{n:,.2f}] [{n:_.1f}] [{n:e}] [{n:.3g}] [{n:15.3f}] [{n:<15.1f}] [{n:^15.0f}]")
print(f"[{i:d}] [{i:5}] [{i:<5}] [{i:^5}] [{i:>5}] [{i:*^9}] [{i:05}] [{i:+}] [{-i: }] [{i:=+8}]")
print(f"[{i:b}] [{i:#b}] [{i:o}] [{i:#o}] [{i:x}] [{i:#X}] [{i:08b}] [{i:#010x}] [{i:,}] [{10**9:_x}]")
print(f"[{0.5:%}] [{0.1234:.1%}] [{1e-7:.2e}] [{-0.0:.1f}] [{2.5:.0f}] [{3.5:.0f}] [{1/3:.10f}]")
print(f"[{'abc':>6}] [{'abc':<6}] [{'abc':^7}] [{'abc':.2}] [{'abc':-^9.1}] [{'日本':>4}]")
w, p = 10, 3
print(f"[{n:{w}.{p}f}] [{i:{'>'}{w}}] [{'x':{'_'}^{w}}]")
print(f"[{1e16:f}] [{1e16:g}] [{123456789:g}] [{12.0:n}] [{-5:x}] [{True:>5}] [{None!s:>6}]")
print(f"[{1234567:,d}] [{-1234567.5:,}] [{0:,}] [{1e21:,.0f}]")
for spec in ["d", ",s", "x"]:
    try:
        print(format(1.5 if spec != ",s" else "s", spec))
    except ValueError as e:
        print("ValueError:", e)
