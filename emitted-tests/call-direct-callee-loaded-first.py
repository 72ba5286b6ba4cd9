"""A direct call (a function calling a module-level def by name) loads the callee before its arguments, as
CPython does: an argument that rebinds or deletes the global still calls the function loaded first, with
positional and keyword arguments; the function dropped by its own call keeps running; a later call sees the
new binding."""


def target(x, scale=1):
    return ("target", x * scale)


def replacement(x, scale=1):
    return ("replacement", x, scale)


def swap_target():
    global target
    target = replacement
    return 5


def positional_rebinding():
    global target
    saved = target
    results = []
    for i in range(3):
        results.append(target(swap_target() + i))  # the first iteration calls the original
    target = saved
    return results


def keyword_rebinding():
    global target
    saved = target
    first = target(2, scale=swap_target())  # loaded before `scale` is evaluated: the original
    second = target(2, scale=3)
    target = saved
    return first, second


def delete_target():
    global target
    del target
    return 7


def deleting_argument():
    global target
    saved = target
    first = target(delete_target())  # the deleted global's function still runs
    try:
        target(1)
    except NameError as e:
        first = (first, "NameError: " + str(e))
    target = saved
    return first


def drops_itself(n):
    global drops_itself
    if n == 0:
        drops_itself = None  # the last reference to the running function goes; it finishes normally
        total = 0
        for k in range(1000):
            total += k
        return total
    return drops_itself(n - 1) + 1


def nested_argument_calls():
    return target(target(target(1)[1], scale=2)[1], scale=3)


print(positional_rebinding())
print(keyword_rebinding())
print(deleting_argument())
print(drops_itself(4))
print(drops_itself)
print(nested_argument_calls())
