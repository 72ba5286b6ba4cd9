# Generators left unfinished: any()/all()/next() over generator expressions, a for loop broken out of, del,
# and close(). A body without try or with is simply released; one with them still gets its GeneratorExit,
# so its finally clauses, except clauses and context managers run, and what it does then is as CPython's.
log = []


def plain(n):
    for i in range(n):
        yield i


def with_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally %d" % n)


def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        log.append("caught GeneratorExit")
        raise


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("ignoring")
    yield 2


class Manager:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, kind, value, tb):
        log.append("exit %s" % (kind.__name__ if kind else None))
        return False


def with_block():
    with Manager():
        yield "in with"
        yield "again"


def delegating():
    yield 0
    yield from with_finally(5)
    yield 99


print(any(x > 3 for x in range(100)), all(x < 3 for x in [1, 2, 3, 4]), next(x for x in "abc" if x > "a"))
g = plain(10)
print(next(g), next(g))
g.close()
print(list(g), next(g, "exhausted"))
for x in with_finally(3):
    if x == 1:
        break
print(log)
f = with_finally(4)
next(f)
del f
print(log)
c = catches_exit()
next(c)
c.close()
print(log)
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
w = with_block()
print(next(w))
w.close()
print(log)
d = delegating()
print(next(d), next(d), next(d))
d.close()
print(log)
unstarted = with_finally(7)
unstarted.close()
print(log, list(unstarted))
nested = (y for y in (x * 2 for x in plain(1000)))
print(next(nested), next(nested))
nested.close()
print(list(nested))
