# `global` in a deeply nested function creates a module global that did not exist; module code and other
# functions see it afterwards, and builtins are found again once a shadowing global is deleted.
def outer():
    def middle():
        def inner():
            global created, max
            created = "made in inner"
            max = lambda *args: "shadowed"
        inner()
    middle()


def peek():
    return created, max(1, 2)


try:
    print(created)
except NameError as e:
    print("before:", e)
outer()
print(peek())
del max
print(peek())
print(max([3, 9, 4]))
