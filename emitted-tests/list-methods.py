"""list methods: append/extend/insert (incl. out-of-range), pop (default/index), remove, index, count, reverse, clear."""
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend("ab")
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a")
print(a, a.index(2), a.index(5, 2), a.count(3), [1, 1, 2].count(1))
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b, len(b))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(9)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
c = [1, 2]
c += (3, 4)
c *= 2
print(c, [0] * 3, [[0]] * 2, [] * 5)
try:
    c + (5,)
except TypeError as e:
    print("TypeError:", e)
print(list(), list("xy"), list(range(3)), list({"k": 1}), list((1, 2)))
