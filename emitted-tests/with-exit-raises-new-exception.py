"""with: an exception raised inside __exit__ replaces the body's exception and chains it as __context__."""


class Bad:
    def __init__(self, msg):
        self.msg = msg

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            raise RuntimeError(self.msg + " while handling " + et.__name__)
        raise LookupError(self.msg + " on clean exit")


try:
    with Bad("cleanup failed"):
        raise ValueError("original")
except RuntimeError as e:
    print("caught:", e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("suppress_context:", e.__suppress_context__, "cause:", e.__cause__)
try:
    with Bad("oops"):
        print("body ran fine")
except LookupError as e:
    print("caught:", e, e.__context__)


class Outer:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("outer sees", et.__name__ if et else None, ev)
        return True


with Outer():
    with Bad("inner"):
        1 / 0
print("outer suppressed the replacement")
