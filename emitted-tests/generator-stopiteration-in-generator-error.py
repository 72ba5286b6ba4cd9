"""A StopIteration leaking out of a generator body becomes RuntimeError (PEP 479), uncaught here."""


def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))


print(list(first_of_each(["ab", [1]])))
print(list(first_of_each(["xy", []])))
