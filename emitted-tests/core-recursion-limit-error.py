n = 0
def f():
    global n
    n += 1
    f()
try:
    f()
except RecursionError as e:
    print(n, e)
def fact(k):
    if k <= 1:
        return 1
    return k * fact(k - 1)
print(fact(30))
def g(k):
    return g(k + 1)
g(0)
