"""with: 'as' targets may be tuples, attributes or subscripts; several managers nest left to right."""
log = []


class CM:
    def __init__(self, name, value):
        self.name, self.value = name, value

    def __enter__(self):
        log.append("enter " + self.name)
        return self.value

    def __exit__(self, *exc):
        log.append("exit " + self.name)
        return False


class Box:
    pass


box = Box()
slots = {}
with CM("a", (1, 2)) as (x, y), CM("b", [3, 4, 5]) as [p, *rest]:
    log.append(f"body {x} {y} {p} {rest}")
print(log)
log.clear()
with CM("attr", "A") as box.field, CM("item", "I") as slots["k"]:
    pass
print(log, box.field, slots)
log.clear()
with (CM("paren1", 1) as one,
      CM("paren2", 2) as two):
    log.append(one + two)
print(log)
log.clear()
try:
    with CM("x", 0), CM("y", 0), CM("z", 0):
        raise IndexError("deep")
except IndexError as e:
    log.append("caught " + str(e))
print(log)
log.clear()
try:
    with CM("t", (1, 2, 3)) as (a, b):
        log.append("never")
except ValueError as e:
    log.append(str(e))
print(log)
