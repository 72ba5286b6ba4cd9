"""global and nonlocal statements inside a class body redirect its bindings away from the class namespace."""
counter = 0


class Registry:
    global counter
    counter += 1
    local_attr = "stays on class"


print(counter, hasattr(Registry, "counter"), Registry.local_attr)


def build():
    made = []

    class Made:
        nonlocal made
        made = ["rebound from class body"]
        x = len(made)
    return made, Made.x, hasattr(Made, "made")


print(build())


class Methods:
    def set_global(self):
        global from_method
        from_method = "set from method"


Methods().set_global()
print(from_method)
