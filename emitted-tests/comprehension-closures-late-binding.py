"""Lambdas created in a comprehension share the comprehension's loop variable (late binding) unless bound by default."""
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(4)]
print([g() for g in gs])
hs = [(lambda k: lambda: k * 10)(i) for i in range(3)]
print([h() for h in hs])
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](100) for n in adders])
gen_funcs = list(lambda: j for j in "ab")
print([f() for f in gen_funcs])


def make():
    out = []
    for i in range(3):
        out.append(lambda: i)
    i = "rebound"
    return [f() for f in out]


print(make())
mults = [[lambda: r * c for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in mults])
