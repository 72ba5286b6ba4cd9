"""tuple: count/index (with start/stop), lexicographic comparison, concatenation, repetition, singleton repr."""
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(1, 2), t.index(5, 5, 9))
try:
    t.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    t.index(3, 1, 9)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 99), () < (0,), (2,) == (2.0,), (1, "a") < (1, "b"))
print((1,), (), ((),), (1, 2) + (3,), (0,) * 3, 2 * ("ab",), (1, 2) * 0, (1, 2) * -4)
a = (1, [2, 3])
a[1].append(4)
print(a, len(a), [] in a, [2, 3, 4] in a)
try:
    a[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
print(tuple("abc"), tuple(range(3)), tuple({"k": 1, "j": 2}), tuple(x * x for x in range(4)))
x = 1, 2, 3
y = x
x += (4,)
print(x, y, x is y, max((2, "b"), (2, "a"), (1, "z")), min([(0, 9), (0, 8)]))
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), (1, 2) != (2, 1))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
