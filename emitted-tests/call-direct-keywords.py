"""Keyword calls of module-level functions: arguments bound to parameters in any valid shape, defaults,
evaluation order when keywords come out of parameter order, every binding error, and the same calls after
the global is rebound to a function with other parameter names."""

trace = []


def arg(name, value):
    trace.append(name)
    return value


def clamp(x, lo=0, hi=100):
    return lo if x < lo else hi if x > hi else x


print(clamp(150, hi=120))
print(clamp(-5, lo=-3))
print(clamp(x=50))
print(clamp(x=500, hi=10, lo=1))
print(clamp(5, lo=arg("lo", 7), hi=arg("hi", 9)), trace)
trace.clear()
print(clamp(5, hi=arg("hi", 9), lo=arg("lo", 7)), trace)
trace.clear()
print(clamp(arg("x", 50), hi=arg("hi", 40)), trace)
trace.clear()

for bad in ("clamp(1, x=2)", "clamp(lo=1)", "clamp(1, mid=3)", "clamp(1, 2, 3, hi=4)"):
    try:
        if bad == "clamp(1, x=2)":
            clamp(1, x=2)
        elif bad == "clamp(lo=1)":
            clamp(lo=1)
        elif bad == "clamp(1, mid=3)":
            clamp(1, mid=3)
        else:
            clamp(1, 2, 3, hi=4)
    except TypeError as e:
        print(bad, "->", e)


def posonly(a, b=2, /, c=3):
    return (a, b, c)


print(posonly(1, c=30))
try:
    posonly(1, b=20)
except TypeError as e:
    print("TypeError:", e)


def required(a, b, c=3):
    return (a, b, c)


print(required(1, b=2))
print(required(1, c=9, b=8))
try:
    required(1, c=9)
except TypeError as e:
    print("TypeError:", e)


def other(x, hi=0, lo=0):
    return ("other", x, lo, hi)


saved = clamp
clamp = other
print(clamp(150, hi=120))
clamp = lambda x, **kw: ("lambda", x, sorted(kw.items()))
print(clamp(1, hi=2))
clamp = print
clamp("printed", end="!\n")
clamp = saved
print(clamp(7, hi=5))
del clamp
try:
    clamp(1, hi=2)
except NameError as e:
    print("NameError:", e)


def mutable_default(x, acc=[]):
    acc.append(x)
    return acc


print(mutable_default(1))
print(mutable_default(2, acc=[0]))
print(mutable_default(x=3))
