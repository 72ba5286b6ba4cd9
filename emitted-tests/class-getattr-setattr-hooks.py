"""__getattr__ fallback only for missing attributes, __setattr__ interception with object.__setattr__, __delattr__."""


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)

    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self.target, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self.target, name)


class Thing:
    color = "red"


t = Thing()
p = Proxy(t)
print(p.color)
p.size = 3
print(t.size, p.size, "size" in p.__dict__)
del p.size
print(hasattr(t, "size"), p.log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(p, "missing", "fallback"), hasattr(p, "color"))


class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)


d = Dyn()
print(d.get_x(), d.get_abc())
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
