"""import binds names in the scope that runs it; a module is created once and shared by every import."""
import math
import math as m2
import sys, time

print(m2 is math, type(math).__name__, type(sys).__name__, math.__name__, m2.__name__, sys.__name__)
print(sys.modules["math"] is math, "time" in sys.modules, time.time() > 1.6e9)

math.answer = 42  # module attributes are writable, and every import sees the same module
import math as again
print(again.answer, hasattr(math, "answer"), getattr(math, "missing", "default"))
del math.answer
print(hasattr(again, "answer"))
try:
    math.answer
except AttributeError as e:
    print("AttributeError:", e)
try:
    del math.answer
except AttributeError as e:
    print("AttributeError:", e)


def local_import():
    import math as lm  # binds a local of the function
    from math import e as ee, floor
    return lm.pi + ee, floor(2.5)


print(local_import())
try:
    lm
except NameError as e:
    print("NameError:", e)


class Holder:
    import math  # a class attribute
    from math import sqrt as root
    value = math.pi


print(Holder.math is math, Holder.value, Holder.root(81))


def shadow():
    math = "not the module"
    import sys as math  # rebinds the same local
    return math.__name__


print(shadow())


def late():
    print(sys_later.maxsize > 0)


import sys as sys_later
late()

try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
