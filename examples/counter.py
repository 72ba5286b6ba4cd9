"""Closures, big integers and floor division: compiled by py2cpp, it prints exactly what CPython prints."""


def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


counter = make_counter(10)
print(counter(), counter(5))
print(2 ** 100, 7 // -2, -7 % 3, 1 / 3)

total = 0
for i in range(10):
    if i % 2:
        continue
    total += i * i
print("sum of even squares below 10:", total)
