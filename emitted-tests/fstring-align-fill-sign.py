"""f-string specs: every fill/align combination, sign modes, '=' padding after sign, zero padding on negatives."""
for v in (42, -42, 0):
    print(f"[{v:<6}] [{v:>6}] [{v:^6}] [{v:=6}] [{v:*<6}] [{v:#>6}] [{v:0>6}] [{v:06}] [{v:+06}]")
for v in (3.5, -3.5, 0.0, -0.0):
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+.2f}] [{v: .1f}] [{v:=+9.2f}] [{v:09.3f}] [{v:_^+11.1f}]")
print(f"[{'x':<3}] [{'x':>3}] [{'x':^4}] [{'xy':^5}] [{'':-^4}] [{'long text':5}] [{'é':.>3}]")
print(f"[{True:<6}] [{False!s:>6}] [{None!r:^8}] [{[1, 2]!s:>8}] [{(1,)!s:*<6}]")
w = 7
for fill in "*0 ":
    for align in "<^>":
        print(f"[{12:{fill}{align}{w}}]", end="")
    print()
print(f"[{-7:0=5}] [{7:+=5}] [{-1.5:0=8}] [{1e3:<+10}] [{-12345:^12,}] [{'s':0<3}]")
