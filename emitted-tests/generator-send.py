"""send() resumes a generator with a value for the pending yield; the first send must be None; running averages."""


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)


a = averager()
print(next(a))
for v in [10, 20, 60]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)
b = averager()
try:
    b.send(5)
except TypeError as e:
    print("TypeError:", e)


def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received


e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as s:
    print(s.value)
