# The lowering's shape for classes: a class body is a function filling the namespace (its names are not
# visible to methods), a method call goes through py::Method without a bound method, zero-argument super()
# reads the __class__ cell, and a comprehension in the class body cannot see the class's names.
scale = 10


class Shape:
    scale = 2
    sides = [n * scale for n in range(3)]

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}: area {self.area()} (module scale {scale})"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


print(Square(3).describe(), Shape.sides, Square.scale)
