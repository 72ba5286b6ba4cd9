"""Decorators that keep state in closures or attributes: call counters, memoization, registration at def time."""
registry = {}


def register(name):
    def deco(fn):
        registry[name] = fn
        print("registering", name)
        return fn
    return deco


def counted(fn):
    calls = 0

    def wrapper(*a):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*a)
    wrapper.calls = 0
    return wrapper


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


print("before defs")


@register("double")
def double(x):
    return 2 * x


@register("square")
@counted
def square(x):
    return x * x


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(sorted(registry), registry["double"](4), registry["square"](5), registry["square"].calls)
print(square(3), square(4), square.calls, fib(90))


def identity_deco(fn):
    return fn


@identity_deco
def plain():
    return "plain"


print(plain(), plain.__name__)
