level = 1


def get_level():
    return level
