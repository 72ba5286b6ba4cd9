"""with: __exit__ returning a truthy value suppresses only the exceptions it chooses; falsy re-raises."""


class Suppress:
    def __init__(self, *types):
        self.types = types
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.seen.append(et.__name__ if et is not None else None)
        if et is None:
            return "ignored on normal exit"
        return issubclass(et, self.types)


s = Suppress(KeyError, ZeroDivisionError)
with s:
    {}["missing"]
print("after KeyError", s.seen)
with s:
    1 // 0
print("after ZeroDivisionError", s.seen)
with s:
    x = 5
print("normal exit", x, s.seen)
try:
    with s:
        int("nope")
except ValueError as e:
    print("ValueError escaped:", e, s.seen)
with Suppress(LookupError) as t:
    [][3]
    print("not reached")
print("IndexError is a LookupError", t.seen)


class Truthy:
    def __enter__(self):
        return None

    def __exit__(self, *args):
        return [0]  # non-empty list is truthy


with Truthy() as nothing:
    raise RuntimeError("swallowed")
print("swallowed by truthy list, target is", nothing)


class Falsy:
    def __enter__(self):
        return 1

    def __exit__(self, *args):
        return 0


try:
    with Falsy() as one:
        raise OSError("kept", one)
except OSError as e:
    print("kept:", e.args)
