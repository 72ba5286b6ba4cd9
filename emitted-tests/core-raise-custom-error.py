def check(v):
    if v < 0:
        raise ValueError("negative: " + str(v))
    return v
try:
    check(-1)
except (TypeError, ValueError) as e:
    print("caught", repr(e), e)
try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner")
        raise
except LookupError as e:
    print("outer", e)
try:
    [1][5]
except IndexError as e:
    print(e)
else:
    print("no")
finally:
    print("fin")
try:
    x = 1
except Exception:
    pass
else:
    print("else ran", x)
def f(a, b=1):
    return a
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
raise TypeError
