"""An uncaught AttributeError from a misspelled attribute ends the program as CPython's does."""


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.height_of_box


p = Point(3, 4)
print(p.x, p.y)
print(p.norm2())
