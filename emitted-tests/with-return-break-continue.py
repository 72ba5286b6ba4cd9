"""with: return, break and continue leave the block through __exit__; the return value is computed first."""
trace = []


class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        trace.append("+" + self.tag)
        return self

    def __exit__(self, *a):
        trace.append("-" + self.tag)


def f():
    with CM("f"):
        trace.append("computing")
        return len(trace)


print(f(), trace)
trace.clear()
for i in range(5):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 3:
            break
        trace.append("body" + str(i))
print(trace)
trace.clear()


def g():
    try:
        with CM("g"):
            return "from with"
    finally:
        trace.append("finally")


print(g(), trace)
trace.clear()


def gen():
    with CM("gen"):
        yield 1
        yield 2
    trace.append("gen done")


it = gen()
print(next(it), trace)
it.close()
print(trace)
trace.clear()
n = 0
while True:
    with CM("w"):
        n += 1
        if n == 2:
            break
print(n, trace)
