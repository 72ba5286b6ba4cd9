import a
print(a.f(), a.b.g())
import sys
main = sys.modules['__main__']
print(main.__name__, main is sys.modules[__name__])
import writer
print(shared)
from stars import *
print(public, sorted(k for k in globals() if 'hidden' in k or 'public' in k or 'also' in k))
from allstars import *
print(exported)
try:
    print(internal)
except NameError as e:
    print(e)
try:
    from a import nothing
except ImportError as e:
    print(e)
try:
    import missing_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import a.nothere
except ModuleNotFoundError as e:
    print(e)
print(a.counter)
import a
print(a.counter)
try:
    import broken
except ZeroDivisionError as e:
    print("broken:", e, 'broken' in sys.modules)
import failing
