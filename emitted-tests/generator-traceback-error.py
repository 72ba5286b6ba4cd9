"""An exception raised inside a generator propagates to the consumer with the generator's frame in the traceback."""


def parse(lines):
    for n, line in enumerate(lines):
        if not line:
            continue
        yield n, int(line)


def total(lines):
    s = 0
    for n, v in parse(lines):
        print("line", n, "value", v)
        s += v
    return s


print(total(["1", "", "2"]))
print(total(["3", "x4"]))
