"""The 4300-digit limit on int<->str conversion (CPython 3.11 default): messages for both directions, boundary cases."""
ok = int("9" * 4300)
print(len(str(ok)), str(ok)[:10], str(ok)[-5:])
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
big = 10 ** 4300
try:
    s = str(big)
except ValueError as e:
    print("ValueError:", e)
try:
    print(big)
except ValueError as e:
    print("print ValueError:", e)
try:
    repr(-big)
except ValueError as e:
    print("repr ValueError:", e)
try:
    f"{big}"
except ValueError as e:
    print("fstring ValueError:", e)
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
print(int("f" * 5000, 16) % 1000, (2 ** 20000) % 997)
print(int("0" * 4300 + "1") if False else "leading zeros count toward limit:")
try:
    int("0" * 4300 + "1")
except ValueError as e:
    print("ValueError:", e)
