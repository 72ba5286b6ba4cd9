"""dataclasses: assigning a field of a frozen instance, uncaught: the traceback ends with the module-qualified
FrozenInstanceError."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    path: str
    retries: int = 3


config = Config("/tmp")
print(config)
config.retries = 5
print("not reached")
