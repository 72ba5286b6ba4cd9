"""getattr/hasattr/setattr with defaults and error messages; attributes set dynamically by name in loops."""


class Config:
    debug = False

    def __init__(self):
        self.level = 1


c = Config()
for name, value in [("debug", True), ("level", 5), ("name", "svc")]:
    setattr(c, name, value)
print(c.debug, c.level, c.name, Config.debug)
print(getattr(c, "missing", None), getattr(c, "name"), hasattr(c, "name"), hasattr(Config, "name"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
print(getattr("abc", "upper")(), getattr([1, 2], "count")(1), hasattr("s", "nope"), getattr("s", "zfill")(3))
for attr in ["level", "debug", "zzz"]:
    print(attr, getattr(c, attr, "<unset>"))
print(getattr(Config, "__init__") is Config.__init__, hasattr(c, "__init__"))
