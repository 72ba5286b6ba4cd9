"""Closures created in a loop all see the final value of the loop variable; default args capture early."""
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])

gs = [lambda: j for j in range(4)]
print([g() for g in gs])

hs = [lambda j=j: j for j in range(4)]
print([h() for h in hs])


def make_adders():
    adders = []
    for n in range(3):
        def add(x):
            return x + n
        adders.append(add)
    n = 100
    return adders


print([a(1) for a in make_adders()])


def make_fixed():
    def factory(n):
        return lambda x: x + n
    return [factory(n) for n in range(3)]


print([a(1) for a in make_fixed()])

i = "rebound"
print([f() for f in fs])
