"""staticmethod and classmethod: called via class or instance, classmethod receives the subclass, alternate constructors."""


class Temp:
    scale = "C"
    created = 0

    def __init__(self, deg):
        self.deg = deg
        type(self).created += 1

    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"

    @staticmethod
    def valid(deg):
        return deg >= -273.15

    def check(self):
        return self.valid(self.deg)

    def __repr__(self):
        return f"{type(self).__name__}({self.deg})"


class Kelvinish(Temp):
    scale = "K"


t = Temp.from_f(212)
k = Kelvinish.from_f(32)
print(t, k, Temp.describe(), Kelvinish.describe(), k.describe())
print(Temp.valid(-300), t.valid(5), Temp(-500).check(), k.check())
print(Temp.created, Kelvinish.created)
sm = Temp.valid
print(sm(0), sm(-1000), Kelvinish.valid(1))
