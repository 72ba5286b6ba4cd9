len = len
def f():
    print(len)
    list = [1]
    return list
def g():
    print = print
