"""Under `from __future__ import annotations` a class body's annotations are the source text as CPython's
unparser writes it, never evaluated (a name that does not exist is fine)."""
from __future__ import annotations

import typing
from typing import Optional, Dict, Callable


class A:
    x: int = 1
    y: "str"
    z: list[int]
    u: Dict[str,   int] | None
    t: tuple[int, ...]
    c: Callable[[int, str], None]
    m: typing.List[A]
    n: int | str | None
    g: int | (str | bytes)
    o: tuple[()]
    p: tuple[int,]
    q: Literal['a', "b"]
    r: Undefined.Attribute[0]
    __private: NotEvaluated


print(A.__annotations__)
print(A.x, hasattr(A, "z"))
