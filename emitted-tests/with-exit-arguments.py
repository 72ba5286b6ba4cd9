"""with: __exit__ receives (type, value, traceback) on error and (None, None, None) on success."""


class Recorder:
    def __enter__(self):
        print("enter")
        return "resource"

    def __exit__(self, exc_type, exc, tb):
        print("exit type:", exc_type)
        print("exit value:", repr(exc))
        print("tb is None:", tb is None)
        if exc is not None:
            print("isinstance:", isinstance(exc, exc_type), "args:", exc.args)
        return True


with Recorder() as r:
    print("body got", r)
with Recorder():
    raise ValueError("bad", 42)
with Recorder():
    raise KeyError
with Recorder():
    assert 1 + 1 == 3, "math"


class E(Exception):
    def __str__(self):
        return "custom str"


with Recorder():
    raise E("payload")
print("done")
