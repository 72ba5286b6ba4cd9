"""Uncaught NameError for a misspelled global inside a function."""


def compute(xs):
    s = 0
    for x in xs:
        s += x
    return accumulated_result


print(compute([1, 2]) if False else "start")
print(compute([1, 2, 3]))
