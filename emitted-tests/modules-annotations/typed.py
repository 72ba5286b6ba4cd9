"""A module with annotations."""
from __future__ import annotations

size: int = 10
names: list[str] = []
maybe: int | None
if size > 5:
    big: bool = True
