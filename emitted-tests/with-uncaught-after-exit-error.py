"""with: an exception not suppressed by __exit__ propagates; __exit__ output is printed before the traceback."""


class Closer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, "with", et.__name__ if et else None)
        return False


with Closer("ok"):
    print("fine")
with Closer("outer"), Closer("inner"):
    values = {"a": 1}
    print(values["a"])
    print(values["b"])
