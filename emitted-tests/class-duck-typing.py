"""Polymorphism without inheritance: any object with the right methods works; hasattr/getattr-based dispatch."""


class Duck:
    def speak(self):
        return "quack"


class Robot:
    def speak(self):
        return "beep"

    def charge(self):
        return "charging"


class Rock:
    pass


for thing in [Duck(), Robot(), Rock()]:
    name = type(thing).__name__
    if hasattr(thing, "speak"):
        print(name, thing.speak())
    else:
        print(name, "is silent")
    action = getattr(thing, "charge", None)
    print(" ", action() if action else "no charge method")


def total_len(*things):
    return sum(len(t) for t in things)


class Sized:
    def __len__(self):
        return 7


print(total_len("abc", [1, 2], Sized(), {"k": 1}))
handlers = {"double": lambda v: v * 2, "neg": lambda v: -v}
for cmd in ["double", "neg", "unknown"]:
    print(cmd, handlers.get(cmd, lambda v: "?")(21))
