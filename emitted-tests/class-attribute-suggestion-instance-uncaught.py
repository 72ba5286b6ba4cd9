# An uncaught AttributeError suggests the closest attribute of the instance itself ("Did you mean").


class Box:
    def __init__(self):
        self.height = 2
        self.width = 3


b = Box()
print(b.height * b.width)
print(b.heigth)
