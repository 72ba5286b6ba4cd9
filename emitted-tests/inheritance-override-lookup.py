"""Method resolution uses the runtime type: base methods calling overridden hooks, class attributes overridden in subclasses."""


class Report:
    title = "Report"

    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])

    def header(self):
        return "== " + self.title + " =="

    def body(self):
        return ["(empty)"]

    def footer(self):
        return "-" * len(self.header())


class Sales(Report):
    title = "Sales"

    def body(self):
        return [f"{k}: {v}" for k, v in [("q1", 10), ("q2", 20)]]


class Short(Sales):
    def footer(self):
        return "end"


for r in [Report(), Sales(), Short()]:
    print(r.render())


class Base:
    def __init__(self):
        self.setup()

    def setup(self):
        self.mode = "base"


class Child(Base):
    def setup(self):
        self.mode = "child"


print(Base().mode, Child().mode, isinstance(Child(), Base))
