# A module's globals are one namespace: writes through the module object, globals() and builtins are seen by
# the module's own functions; a module can patch builtins for every module.
import counter
import patcher

print(counter.read())
counter.total = 10
print(counter.read())
counter.bump()
print(counter.total, counter.read())
counter.namespace()['total'] = 99
print(counter.read())
del counter.total
try:
    counter.read()
except NameError as e:
    print("NameError:", e)
print(greeting, counter.uses_builtin())
print(len("abc"), counter.length("abcd"))
counter.len = lambda s: -1
print(counter.length("abcd"), len("x"))
del counter.len
print(counter.length("abcd"))
print(sorted(k for k in vars(counter) if not k.startswith('__')))
print(sorted(k for k in dir(counter) if not k.startswith('__')))
