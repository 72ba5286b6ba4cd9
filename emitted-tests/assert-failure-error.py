"""Uncaught AssertionError with a formatted message."""


def mean(xs):
    assert len(xs) > 0, f"mean() of empty sequence ({len(xs)} items)"
    return sum(xs) / len(xs)


print(mean([1, 2, 3, 4]))
print(mean([]))
