"""__enter__/__exit__: value bound by as, exit receives exception info, returning True suppresses, order of nested exits."""
log = []


class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None} {ev}")
        return self.suppress


with Res("a") as v:
    log.append("body " + v)
print(log)
log.clear()
with Res("outer"), Res("inner") as w:
    log.append("body " + w)
print(log)
log.clear()
with Res("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed", log)
log.clear()
try:
    with Res("x"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e), log)


def early():
    with Res("ret"):
        return "returned"


log.clear()
print(early(), log)
log.clear()
for i in range(3):
    with Res(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
print(log)
