"""Type hints are evaluated when a def or class body runs: builtin generics, `X | Y` unions and the typing
module's names must exist, print as CPython prints them, and otherwise change nothing."""
from __future__ import annotations  # a no-op for these checks: the explicit expressions below still run
import typing
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union, cast

T = TypeVar("T")


class Point:
    pass


def scale(values: list[float], factor: float = 2.0) -> list[float]:
    return [v * factor for v in values]


def lookup(table: dict[str, tuple[int, ...]], key: str) -> tuple[int, ...] | None:
    return table.get(key)


def apply(f: Callable[[int], str], xs: List[int]) -> Dict[str, Optional[int]]:
    return {f(x): x for x in xs}


print(scale([1.5, 2]), lookup({"a": (1, 2)}, "a"), lookup({}, "z"), apply(str, [1, 2]))
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[Point], type[int], frozenset[str])
print(int | None, int | str | None, list[int] | None, str | int | str, None | int)
print(List[int], Dict[str, List[int]], Optional[int], Optional[List[str]], Union[int, str], Union[int], Union[int, None])
print(Tuple[int, ...], Callable[[int, str], bool], typing.Iterator[int], typing.Generator[int, None, None], Any)
print(typing.Literal["a", 1], typing.Final[int], typing.ClassVar[int], typing.Sequence[Point], Optional[int] | str)
print(T, cast(int, "not checked"), typing.TYPE_CHECKING, list[int]((3, 1)), list[int].__origin__)
print(list[int].__args__, (int | str).__args__, Optional[int].__args__)
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None), isinstance(2.0, (str, float | int)))
for bad in [lambda: int[str], lambda: Any[int], lambda: Optional[int, str], lambda: 3 | int, lambda: isinstance(1, list[int]),
            lambda: List[int]("ab"), lambda: List("ab")]:
    try:
        print("no error:", bad())
    except TypeError as e:
        print("TypeError:", e)
