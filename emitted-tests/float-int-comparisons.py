"""Comparisons between ints and floats are exact, even for huge ints beyond float precision; chained comparisons."""
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"))
print(1 < 1.5 < 2, 1 < 2 > 1.5, 1 == 1.0 == True, 0 == 0.0 == -0.0 == False)
print(3 < 2 < 1 / 0 if False else "lazy", 1 < 2 < 3 < 4, 5 > 4 >= 4 > 3)
print(sorted([3, 1.5, -2, 2.5, 0, True, -0.5]))
print(max(1, 1.0), max(1.0, 1), min(2, 2.0, key=lambda v: 0))
print(0.1 * 3 > 0.3, round(0.1 * 3, 15) == 0.3)
print(hash(1) == hash(1.0) == hash(True), {1: "a", 1.0: "b", True: "c"})


def noisy(v):
    print("eval", v)
    return v


print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(3) < noisy(2))
