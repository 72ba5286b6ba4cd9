"""An uncaught binding error: traceback and CPython's last line."""


def area(width, height, *, unit="m"):
    return f"{width * height}{unit}"


print(area(2, 3))
print(area(2, height=4, unit="cm"))
print(area(2, unit="km"))
