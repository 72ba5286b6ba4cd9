# len() reads the size of lists, tuples, dicts and strs in place while `len` is the builtin; a class's
# __len__, other types, errors, and a len rebound in builtins or in the module all behave as in CPython.
import builtins
class C:
    def __len__(self):
        return 7
print(len([1, 2]), len((1,)), len({1: 2}), len("héllo"), len(C()), len(range(5)), len({1, 2, 3}), len(b"ab"))
try:
    len(5)
except TypeError as e:
    print(e)
real = builtins.len
builtins.len = lambda x: 42
print(len([1]))
builtins.len = real
print(len([1]))
def f():
    return len("abc")
len = lambda x: -1
print(f())
del len
print(f())
