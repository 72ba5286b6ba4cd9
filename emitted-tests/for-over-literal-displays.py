# `for` over a tuple or list display of literals loops over a constant by position: break, continue, else,
# nesting, unpacking targets, rebinding the variable in the body, generators and comprehensions around it.


def neighbours():
    out = []
    for dr in (-1, 0, 1):
        for dc in [-1, 0, 1]:
            if dr == 0 and dc == 0:
                continue
            out.append((dr, dc))
    return out


print(neighbours())
for word in ("alpha", "beta", "gamma"):
    if word.startswith("b"):
        print("found", word)
        break
else:
    print("no b")
for word in ["alpha", "gamma"]:
    if word.startswith("b"):
        break
else:
    print("no b word", word)
for x in (1, 2.5, "three", None, True, b"bytes", -7, 10**20):
    x = repr(x) + "!"
    print(x, end=" ")
print()
for a, b in ((1, 2), (3, 4)):
    print(a + b, end=" ")
for i in [5]:
    print("single", i)
total = 0
for n in (1, 2, 3):
    for m in (10, 20):
        total += n * m
print(total, n, m)


def gen():
    for v in ("x", "y", "z"):
        yield v * 2


print(list(gen()), [c for c in ("p", "q")], sum(k for k in (1, 2, 3)))
try:
    for q in (1, 2, 0, 4):
        print(10 // q)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
