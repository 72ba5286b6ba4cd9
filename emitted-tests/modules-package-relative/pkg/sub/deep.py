from ..util import twice
from .. import VALUE


def depth():
    return twice(VALUE)


def where():
    return __name__, __package__
