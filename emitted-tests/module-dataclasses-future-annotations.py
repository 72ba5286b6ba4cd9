"""dataclasses under `from __future__ import annotations`: the fields' types are strings, ClassVar is still
recognized from its text, and the generated docstring shows the strings' reprs."""
from __future__ import annotations

import typing
from dataclasses import dataclass, field, fields
from typing import ClassVar


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    subtasks: list[Task] = field(default_factory=list, compare=False)
    registry: ClassVar[dict[str, Task]] = {}
    limit: typing.ClassVar[int] = 3


t = Task(2, "write", [Task(1, "plan", [])])
print(t, [(f.name, f.type) for f in fields(Task)], Task.limit, Task.registry)
print(sorted([Task(3, "c"), t, Task(1, "a")]), Task.__doc__)
print(Task.__annotations__)
