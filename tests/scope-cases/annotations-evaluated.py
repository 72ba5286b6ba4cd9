import typing
def f(a: int, *b: str, c: typing.List = None, **d: dict) -> Missing:
    v: Unused = 1
    return v
class C:
    field: Undefined
    (paren): int
    obj.attr: int
    seq[0]: int
def g():
    z: Local
    (q): Q
