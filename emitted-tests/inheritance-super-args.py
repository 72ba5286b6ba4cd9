"""super() in __init__ with arguments through three levels, super() in classmethods and in overridden dunders."""


class Shape:
    count = 0

    def __init__(self, name, **extra):
        Shape.count += 1
        self.name = name
        self.extra = extra

    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")

    def __repr__(self):
        return f"{self.name}[{self.area()}]"

    @classmethod
    def make(cls, *a):
        return cls(*a)


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name, w=w, h=h)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, name="square")

    def __repr__(self):
        return "Square:" + super().__repr__()

    @classmethod
    def make(cls, *a):
        obj = super().make(*a)
        obj.name += "!"
        return obj


print(Rect(2, 3), Square(4), Square.make(5), Rect.make(1, 2))
print(Square(2).extra, Shape.count)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
