"""Single inheritance: overriding, calling the parent through super(), isinstance/issubclass, attribute lookup through bases."""


class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{self.name} ({type(self).__name__}, {self.legs} legs): {self.speak()}"


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def __init__(self, name, can_fly=True):
        super().__init__(name)
        self.can_fly = can_fly

    def speak(self):
        base = super().speak()
        return base + ("!" if self.can_fly else " (grounded)")


class Penguin(Bird):
    def __init__(self, name):
        super().__init__(name, can_fly=False)


for a in [Animal("generic"), Dog("rex"), Bird("tweety"), Penguin("pingu")]:
    print(a.describe())
p = Penguin("p")
print(isinstance(p, Bird), isinstance(p, Animal), isinstance(p, Dog), issubclass(Penguin, Animal), issubclass(Animal, Penguin))
print(issubclass(Dog, (Bird, Animal)), isinstance(3, (str, int)), issubclass(bool, object), isinstance(p, object))
print(Penguin.__mro__ == (Penguin, Bird, Animal, object))
print([c.__name__ for c in Penguin.__mro__])
