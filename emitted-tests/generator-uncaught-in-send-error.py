"""An exception escaping a generator during send() ends the program with the generator frame in the traceback."""


def checker():
    total = 0
    while True:
        value = yield total
        if value < 0:
            raise ValueError(f"negative value: {value}")
        total += value


c = checker()
next(c)
print(c.send(5), c.send(7))
c.send(-1)
print("unreachable")
