"""Reading an undefined global raises NameError with CPython's message; defining it later fixes it."""


def use():
    return undefined_name


try:
    use()
except NameError as e:
    print("1", e)

undefined_name = 42
print("2", use())
del undefined_name
try:
    use()
except NameError as e:
    print("3", e, type(e).__name__)

try:
    print(also_missing)
except NameError as e:
    print("4", e)

try:
    del never_defined
except NameError as e:
    print("5", e)
