"""The exact depth at which RecursionError is raised through direct calls of module-level functions
(positional, keyword, mutual), through a recursive generator delegating with `yield from`, and that the
program goes on normally afterwards."""


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(depth(0))


def depth_kw(n, step=1):
    try:
        return depth_kw(n=n + step, step=step)
    except RecursionError:
        return n


print(depth_kw(0))
print(depth_kw(0, step=2))


def ping(n):
    try:
        return pong(n + 1)
    except RecursionError:
        return ("ping", n)


def pong(n):
    return ping(n + 1)


print(ping(0))


def nested(n):
    yield n
    yield from nested(n + 1)


got = []
try:
    for v in nested(0):
        got.append(v)
except RecursionError as e:
    print("RecursionError:", e)
print(len(got), got[-1])


def through_sum(n):
    return sum(x for x in [n]) + through_sum(n + 1)


try:
    through_sum(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(0))
