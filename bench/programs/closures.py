# Closures: a counter and an accumulator, each called millions of times, and a closure-made adder chain.


def make_counter():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count

    return tick


def make_accumulator(start):
    total = start

    def add(x):
        nonlocal total
        total = (total + x) % 1000003
        return total

    return add


def make_adder(k):
    return lambda v: v + k


def main():
    tick = make_counter()
    acc = make_accumulator(17)
    last = 0
    for i in range(3000000):
        last = acc(tick() * 3 + i)
    adders = [make_adder(k) for k in range(10)]
    s = 0
    for i in range(200000):
        for f in adders:
            s = f(s) % 999983
    print("counter", tick())
    print("accumulator", last)
    print("adders", s)


main()
