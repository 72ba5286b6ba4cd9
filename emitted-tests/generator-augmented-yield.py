"""`total += yield` accumulates the values sent in; the name is read before the generator pauses."""


def summer():
    total = 0
    while True:
        total += yield total


s = summer()
print(next(s), s.send(5), s.send(10), s.send(-3))


def joiner():
    text = ""
    for _ in range(3):
        text += yield len(text)
    return text


j = joiner()
next(j)
j.send("ab")
j.send("cde")
try:
    j.send("f")
except StopIteration as e:
    print("joined:", e.value)


def shared():
    global counter
    counter *= yield counter


counter = 3
g = shared()
print(next(g))
counter = 100
try:
    g.send(2)
except StopIteration:
    print("counter:", counter)
