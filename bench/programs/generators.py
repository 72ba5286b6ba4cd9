# Generator pipelines: a source generator feeding filters and maps (generator functions and expressions),
# yield from delegation, send() to a running accumulator, and sum/max over generator expressions.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    for x in it:
        yield x * k


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf[0] + buf[-1]
            buf.pop(0)


def chained(n):
    yield from numbers(n)
    yield from range(n)


def averager():
    total = 0
    count = 0
    avg = 0.0
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


total = 0
for round_ in range(4):
    total += sum(scaled(evens(numbers(200000)), 3))
    total += sum(windows(numbers(100000), 4))
    total += sum(x * x for x in chained(50000) if x % 3)
print(total)
print(max(len(str(x)) for x in numbers(300000)))
acc = averager()
next(acc)
last = 0.0
for v in numbers(200000):
    last = acc.send(v % 97)
print(int(last * 1000))
