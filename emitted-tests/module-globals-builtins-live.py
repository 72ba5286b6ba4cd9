# globals() is the module namespace the code reads; builtins is a module whose changes every read sees.
"""module doc"""
x = 1
def f():
    return x + len("ab")
print(f())
globals()['x'] = 5
print(f(), __doc__, __name__)
import builtins
builtins.answer = 42
print(answer)
len = lambda s: 99
print(f())
del len
print(f())
del builtins.len
try:
    print(f())
except NameError as e:
    print(e)
print(sorted(globals())[:12])
try:
    del x
    del x
except NameError as e:
    print(e)
for k in list(globals()):
    if not k.startswith('__'): print(k)
