from __future__ import annotations
import typing
def f(a: int, *b: str, c: typing.List = None, **d: dict) -> Missing:
    v: Unused = 1
    return v
class C:
    field: Undefined
    other: int = 3
def g():
    x: (lambda: y) = 1
