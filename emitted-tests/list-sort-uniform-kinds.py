# Sorting takes specialised paths when every item is a small int, a float, a str, or a tuple led by one of
# those; each must give exactly the order of Python's `<`, stable, with the same errors.
print(sorted([5, 3, -1, 2**40, 7, 3, -2**63, 2**63 - 1]))
print(sorted([2.5, -1.0, 3.0, 0.0, -0.0, 1e300, -0.0, 0.0]))
print(sorted(["b", "a", "é", "z", "ab", "", "Z", "\U0001F600", "ä", "\uffff"]))
print(sorted([(1, "b"), (0, "z"), (1, "a"), (-5, "q"), (1, "a", 0), (1,)]))
print(sorted([("x", 2), ("a", 9), ("x", 1), ("", 0), ("x", 1.5)]))
print(sorted([3, 1.5, True, 2**70, -2**70, 0, False]))
print(sorted([(2, 1), (2, 1.5), (1, 9), (2, True)]))
print(sorted([]), sorted([1]), sorted([(1, 2)]))
xs = [(i * 7919) % 1000 for i in range(2000)]
ys = sorted(xs)
print(ys[:5], ys[-5:], ys[1000])
pairs = [(x % 10, i) for i, x in enumerate(xs)]
pairs.sort()
print(pairs[:4], pairs[-4:])
words = ["pear", "fig", "apple", "fig", "banana", "kiwi"]
words.sort()
print(words)
for bad in ([1, "a", 2], [(1, 2), (1, "a")], [1.5, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([(1, [2]), (1, [1]), (0, [5])]))
print(sorted([float("inf"), -float("inf"), 0.5]))
