"""Class bodies record annotated names in __annotations__ in source order: evaluated annotations (after the
value), strings kept as written, private names mangled, annotations inside if/for/try blocks, parenthesized
targets evaluated but not recorded; a class's __annotations__ is its own, never a base's."""
import typing
from typing import ClassVar, Optional

trace = []


def note(label, value):
    trace.append(label)
    return value


class A:
    "doc"
    x: int = 1
    y: "str"
    __z: list[int]
    (w): note("paren", int) = note("paren value", 3)
    if True:
        v: Optional[int] = None
    for i in range(2):
        looped: int = i
    try:
        t: dict[str, int]
    finally:
        pass
    c: ClassVar[int] = 5
    order: note("annotation", float) = note("value", 2.5)


print([k for k in A.__dict__ if not k.startswith("__") or k in ("__annotations__", "__doc__", "__module__")])
print(A.__annotations__)
print(A.x, A.w, A.v, A.c, A.looped, A.order, trace)
print(hasattr(A, "y"), "y" in A.__dict__, type(A.__annotations__).__name__)


class NoAnnotations:
    def f(self):
        pass


print("__annotations__" in NoAnnotations.__dict__, NoAnnotations.__annotations__)
print("__annotations__" in NoAnnotations.__dict__, NoAnnotations.__annotations__ is NoAnnotations.__annotations__)


class Child(A):
    extra: bytes


class BareChild(A):
    pass


print(Child.__annotations__, BareChild.__annotations__, A.__annotations__ is not BareChild.__annotations__)


class Preset:
    __annotations__ = {"pre": "set"}
    q: float


print(Preset.__annotations__)


class Outer:
    a: int

    class Inner:
        b: "Outer"
        __c: bool

    def method(self):
        local: int = 5  # a function's annotations are not recorded
        return local


print(Outer.__annotations__, Outer.Inner.__annotations__, Outer().method())


def make():
    class Local:
        n: int = 0
        m: typing.List[str]
    return Local


print(make().__annotations__)
A.__annotations__["added"] = bool
print(list(A.__annotations__)[-1], Child.__annotations__)
