counter = 0
def bump(by=1):
    global counter
    counter += by
    return counter
bump()
bump(10)
print(counter)
def make_adders():
    adders = []
    for i in range(3):
        def add(x, i=i):
            return x + i
        adders.append(add)
    return adders
print("skip")
fs = make_adders()
print(fs[0](1), fs[1](1), fs[2](1))
def late():
    fns = []
    for i in range(3):
        def get():
            return i
        fns.append(get)
    return fns
print(late()[0](), late()[2]())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "!"
            return x
        return inner
    m = middle()
    m()
    return m(), x
print(outer())
