# A relative import in the entry script: CPython raises ImportError when the statement runs.
print("before")
from . import sibling
print("not reached", sibling)
