"""A generator dropped half-way is closed: its finally blocks run when the last reference goes, as in CPython."""


def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print("close", name)


for item in resource("a"):
    print("got", item)
    if item == "a1":
        break
print("after the loop")

g = resource("b")
print(next(g))
g = None
print("after dropping b")

g = resource("c")
print(next(g))
del g
print("after deleting c")


def first(it):
    for x in it:
        return x


d = first(resource("d"))
print(d, "after first()")

unstarted = resource("e")
unstarted = None
print("unstarted: nothing printed")


def pipeline():
    src = resource("f")
    doubled = (x * 2 for x in src)
    return next(doubled)


print(pipeline())
print("after pipeline")


def counter():
    try:
        n = 0
        while True:
            n += 1
            yield n
    except GeneratorExit:
        print("counter exiting at", n)
        raise


c = counter()
print(next(c), next(c), next(c))
c.close()
print(list(c), next(c, "done"))
