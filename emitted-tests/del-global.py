"""del of a module global from module level and through a global declaration; builtins reappear after del."""
g = "here"
print(g)
del g
try:
    g
except NameError as e:
    print(e)

print = print  # module-level alias shadowing the builtin with itself
del print
print("builtin print still works")


def kill():
    global h
    del h


h = 5
kill()
try:
    h
except NameError as e:
    print(e)
try:
    kill()
except NameError as e:
    print("second kill:", e)

lst = [1, 2, 3]
alias = lst
del lst
print(alias)
