"""Generator send protocol: priming with next, send returning the next yield, yield as expression, accumulator."""


def accumulator():
    total = 0
    history = []
    while True:
        received = yield total
        if received is None:
            history.append("next")
            continue
        history.append(received)
        total += received
        if total > 100:
            return history


acc = accumulator()
print(acc.send(None), acc.send(10), next(acc), acc.send(30), acc.send(5))
try:
    acc.send(60)
except StopIteration as e:
    print("returned:", e.value)
try:
    acc.send(1)
except StopIteration as e:
    print("already finished:", e.value)


def tagger(prefix):
    label = None
    count = 0
    while True:
        word = yield label
        count += 1
        label = f"{prefix}{count}:{word}"


t = tagger("#")
next(t)
print([t.send(w) for w in ["a", "b", "c"]])


def two_way():
    x = yield "first"
    y = yield f"got {x}"
    z = yield f"got {y}"
    print("finishing with", x, y, z)


g = two_way()
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
except StopIteration:
    print("StopIteration after final send")
fresh = two_way()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
