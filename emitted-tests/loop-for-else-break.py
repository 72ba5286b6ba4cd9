"""for/while else clauses run only without break; break in nested loops exits only the inner; continue skips to next."""


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        i = -1
    return i


print(find([4, 5, 6], 5), find([], 1), find([1], 2))
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    if count > 7:
        break
    print("multiple of 3:", count)
else:
    print("while completed")
print("count", count)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print("inner done", i)
while False:
    pass
else:
    print("while-else on false condition")
