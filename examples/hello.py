"""A small program that shows py2cpp's pipeline: names in every kind of scope."""

greeting = "Hello"


def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


class Greeter:
    punctuation = "!"

    def greet(self, name):
        return f"{greeting}, {name}{self.punctuation}"


counter = make_counter(10)
squares = [n * n for n in range(5)]
print(Greeter().greet("world"), counter(), counter(5), squares)
