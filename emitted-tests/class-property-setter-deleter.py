"""property with getter/setter/deleter, validation in the setter, read-only properties, property objects on the class."""


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        print("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        print("set", value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.__dict__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.__dict__, hasattr(t, "celsius"))
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
t.__dict__["celsius"] = "shadow?"
t._c = 1
print(t.celsius)


def getter(self):
    return "computed " + type(self).__name__


class Manual:
    value = property(getter)


print(Manual().value)
try:
    del Manual().value
except AttributeError as e:
    print("AttributeError:", e)
