# error: 3:1: unsupported: relative import
# A single script has no package to be relative to.
from . import sibling
print(sibling)
