"""dataclasses: a generated __init__ called without a required field, uncaught: CPython's TypeError names
the method by its qualname."""
from dataclasses import dataclass, field


@dataclass
class Order:
    item: str
    quantity: int
    notes: list = field(default_factory=list)


print(Order("pen", 2))
Order("pen")
