"""@property getters, setters with validation, deleters, read-only properties, properties inherited and overridden."""


class Circle:
    def __init__(self, r):
        self.radius = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("radius must be >= 0")
        self._r = v

    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r

    @property
    def diameter(self):
        return self._r * 2


c = Circle(2)
print(c.radius, c.diameter)
c.radius = 5
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    c.diameter = 3
except AttributeError as e:
    print("AttributeError:", e)
del c.radius
try:
    c.radius
except AttributeError as e:
    print("AttributeError:", e)


class Loud(Circle):
    @property
    def diameter(self):
        return "big " + str(super().diameter)


l = Loud(1)
print(l.diameter, l.radius, isinstance(Circle.radius, property))
