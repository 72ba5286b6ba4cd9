# The lowering's shape for generators: a generator function is an entry point plus a C++20 coroutine body,
# `yield from` delegates, and a generator expression is its own scope over an eagerly evaluated iterable.
def numbers(limit):
    n = 0
    while n < limit:
        received = yield n
        n += 1 if received is None else received


def evens(limit):
    yield from (x for x in numbers(limit) if x % 2 == 0)
    return "done"


gen = numbers(10)
print(next(gen), gen.send(3), next(gen))
print(list(evens(9)), sum(x * x for x in evens(7)))
