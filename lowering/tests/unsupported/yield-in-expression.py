# error: 3:18: unsupported: 'yield' inside a larger expression
def gen():
    total = 1 + (yield)
    print(total)
