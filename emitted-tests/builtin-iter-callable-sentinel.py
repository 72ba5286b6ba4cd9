"""iter(callable, sentinel) calls until the sentinel appears; iter() on iterators returns itself; next() default."""
values = [3, 2, 1, 0, 5]
pos = [0]


def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v


print(list(iter(reader, 0)), pos)
counter = iter(lambda c=[0]: c.append(len(c)) or len(c), 4)
print(list(counter))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
s = iter("hi")
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
d = iter({"a": 1, "b": 2})
print(next(d), next(d), next(d, "end"))
