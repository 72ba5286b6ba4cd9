"""RecursionError is caught like any exception, its message is CPython's, and the program recovers to recurse again."""


def forever(n):
    return forever(n + 1)


def count_until_failure():
    reached = [0]

    def dive(n):
        reached[0] = n
        dive(n + 1)

    try:
        dive(1)
    except RecursionError:
        pass
    return reached[0] > 500


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e, isinstance(e, RuntimeError))
print(count_until_failure())


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(len(str(fact(500))), fact(20))


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


try:
    ping(0)
except RecursionError as e:
    print("mutual:", str(e))
print(issubclass(RecursionError, RuntimeError), RecursionError.__mro__[1].__name__)
