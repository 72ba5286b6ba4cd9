"""Uncaught UnboundLocalError after deleting a local variable."""


def process(items):
    result = sum(items)
    del result
    return result * 2


print(process([]) if False else "go")
process([1, 2, 3])
