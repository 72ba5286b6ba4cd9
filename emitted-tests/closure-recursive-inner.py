"""An inner function that calls itself by name through its enclosing scope; rebinding the name changes the recursion."""


def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    first = fact(5)
    orig = fact

    def fact(n):
        return -1
    return first, orig(5), fact(5)


print(outer())


def even_odd():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)

    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even(10), is_odd(7), is_even(3)


print(even_odd())


def memo_fib():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib(80), len(cache)


print(memo_fib())
