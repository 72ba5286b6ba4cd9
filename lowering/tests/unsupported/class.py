# error: 3:1: unsupported: class definitions
x = 1
class A:
    pass
