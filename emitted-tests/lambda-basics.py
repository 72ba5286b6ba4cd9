"""Lambdas: defaults, *args/**kwargs, conditional bodies, used as keys, immediately called, stored in dicts."""
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b if b else None,
}
for sym in ops:
    print(sym, ops[sym](17, 5), ops[sym](-7, 2))
print(ops["//"](1, 0))
power = lambda base, exp=2: base ** exp
print(power(3), power(2, 10), power(exp=3, base=4))
variadic = lambda *a, **k: (sum(a), sorted(k))
print(variadic(1, 2, 3, x=1, a=2))
kwonly = lambda *, x=1: x * 10
print(kwonly(), kwonly(x=5))
classify = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([classify(n) for n in (-2, 0, 3)])
print((lambda: "immediate")(), (lambda x: (lambda y: x + y))(1)(2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: len(p[1])))
print(list(filter(lambda v: v % 3 == 0, range(10))), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
f = lambda: None
print(f(), f.__name__)
