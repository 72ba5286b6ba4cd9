# Module-level annotations: __annotations__ of the entry script and of an imported module, in CPython's
# order, with the module's namespace order around it.
import typed

count: int = 3
label: str
ratio: float = 0.5
print(__annotations__)
print(typed.__annotations__)
print([k for k in vars(typed) if k not in ('__builtins__', '__loader__', '__spec__', '__cached__', '__file__', 'annotations')])
print(count, ratio, 'label' in globals())
import plain
print(hasattr(plain, '__annotations__'))
