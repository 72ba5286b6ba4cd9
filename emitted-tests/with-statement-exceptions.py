"""with: __exit__ runs on exceptions, returns value ignored on normal exit, exception from __enter__ skips body and __exit__."""
events = []


class CM:
    def __init__(self, tag, fail_enter=False, suppress=False):
        self.tag, self.fail_enter, self.suppress = tag, fail_enter, suppress

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.tag)
        events.append("enter " + self.tag)
        return self

    def __exit__(self, et, ev, tb):
        events.append(f"exit {self.tag} {et.__name__ if et else '-'}")
        return self.suppress


try:
    with CM("a"), CM("b", fail_enter=True):
        events.append("body")
except RuntimeError as e:
    events.append("caught " + str(e))
print(events)
events.clear()
with CM("outer", suppress=True):
    with CM("inner"):
        raise ZeroDivisionError
    events.append("not reached")
events.append("after")
print(events)
events.clear()
with CM("t") as cm:
    pass
print(events, cm.tag)


def gen_in_with():
    with CM("g"):
        yield 1
        yield 2


events.clear()
print(list(gen_in_with()), events)
