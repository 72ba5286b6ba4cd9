def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", punct="?"), greet(greeting="Hi", name="Cy"), greet("Dee", "Yo", punct="."))
def box(width, height=2, depth=3):
    return width * height * depth
print(box(1, depth=10), box(height=5, width=2))
f = lambda a, b=1: a - b
print(f(b=10, a=1))
for call in range(4):
    try:
        if call == 0:
            greet("x", nme="y")
        elif call == 1:
            greet("x", name="y")
        elif call == 2:
            box(depth=1)
        else:
            box(1, 2, 3, height=4)
    except TypeError as e:
        print(e)
def three(a, b, c):
    return a + b + c
print(three(c="c", b="b", a="a"))
three(b=1)
