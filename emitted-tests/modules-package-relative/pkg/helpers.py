from .util import twice


def shout(s):
    return s.upper() + "!" * twice(1)
