"""A package."""
print("pkg init", __name__)
from . import util
VALUE = util.twice(2)
