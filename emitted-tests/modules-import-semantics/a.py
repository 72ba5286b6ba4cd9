counter = 0
counter += 1
import b
def f():
    return "a.f", b.g()
