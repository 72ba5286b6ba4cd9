"""For-loop targets leak after the loop; comprehension variables don't; empty loop leaves name unbound."""
for i in range(5):
    pass
print("i after loop:", i)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)

x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)


def f():
    for j in []:
        pass
    try:
        return j
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(f())

for k in range(3):
    if k == 1:
        break
print("k after break:", k)

n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)

for q in range(3):
    pass
else:
    print("for else, q =", q)
