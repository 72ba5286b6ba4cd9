def f(cmd):
    match cmd:
        case ["go", direction]:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=px, y=py) if px > 0:
            return px
        case [first, *others] | (first, *others):
            return first
        case str() as s:
            return s
        case _:
            return None
