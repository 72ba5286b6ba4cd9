# A generator's send(), throw() and close() called through method sites, in a loop: the values sent, the
# generator's return value in StopIteration, the errors of a wrong argument count, of sending to a
# just-started generator, and of a finished one.


def running_total():
    total = 0
    while True:
        try:
            value = yield total
        except KeyError as e:
            print("caught", repr(e))
            value = 0
        if value is None:
            return total
        total += value


def drive(gen, values):
    out = [next(gen)]
    for v in values:
        out.append(gen.send(v))
    return out


g = running_total()
print(drive(g, range(1, 6)))
print(g.throw(KeyError("k")))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration again", e.value)

fresh = running_total()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError", e)
try:
    fresh.send()
except TypeError as e:
    print("TypeError", e)
try:
    fresh.send(1, 2)
except TypeError as e:
    print("TypeError", e)
fresh.close()
fresh.close()
print(list(fresh))


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs on close")


gens = [closer() for _ in range(3)]
for c in gens:
    next(c)
for c in gens:
    c.close()
send = running_total().send
print(send(None), send(4), send(5))
