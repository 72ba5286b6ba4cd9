"""while with walrus, conditional expressions, chained comparisons, short-circuit and/or returning operands."""
data = [5, 3, 8, 0, 7]
i = 0
while (v := data[i]) != 0:
    print("value", v, "big" if v > 4 else "small")
    i += 1
print("stopped at", i, v)
print(0 or "", "" or 0, None or [] or "last", 1 and 2 and 3, 1 and 0 and 3, [] and crash_if_evaluated)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 != 6, 0 <= x <= 4, (x > 3) + (x > 4) + (x > 5))
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
print(not 0, not [1], not None, (not 1) == False, 3 if [] else 4, None if 0 else "zero falsy")
