"""getattr/setattr/hasattr/delattr with dynamic names and defaults; AttributeError messages; class vs instance."""


class Settings:
    color = "blue"

    def __init__(self):
        self.size = 3

    @property
    def area(self):
        return self.size * self.size


s = Settings()
for name in ["color", "size", "area", "missing"]:
    print(name, hasattr(s, name), getattr(s, name, "<default>"))
setattr(s, "color", "red")
setattr(s, "dyn_" + "field", [1])
print(s.color, Settings.color, s.dyn_field, getattr(Settings, "color"), hasattr(Settings, "size"))
delattr(s, "color")
print(s.color)
try:
    getattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(s, "area", 10)
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr(s, "size", None), getattr(None, "x", "none-default"), getattr([], "append").__name__)
print(getattr("abc", "upper")(), getattr(5, "real"), hasattr(5, "imag"), hasattr("", "nope"))
for field in ("a", "b"):
    setattr(Settings, field, field * 3)
print(s.a, Settings().b, sorted(k for k in vars(s)))


class Fallback:
    def __getattr__(self, name):
        return "computed " + name


f = Fallback()
f.real = 1
print(f.real, f.virtual, getattr(f, "other", "unused default"), hasattr(f, "anything"))
