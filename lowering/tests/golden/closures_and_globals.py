# The lowering's shape for names: a plain local, a cell shared by closures (nonlocal), a free variable read
# from two levels up, a module global, and a global that shadows a builtin until it is deleted.
counter_total = 0


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    def peek():
        return lambda: count

    return bump, peek


def record(n):
    global counter_total
    counter_total += n
    return counter_total


bump, peek = make_counter(3)
bump()
bump()
print(peek()(), record(5), record(2))

len = lambda x: 42
print(len("abc"))
del len
print(len("abc"))
