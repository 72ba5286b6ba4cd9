# Python names that are not valid or not safe C++ names, and loop else clauses.
int_ = 1
class_ = 2
def main(auto, new=3, _frame=4, __x=5, NULL=6, errno=7):
    delete = auto + new
    _fn = _frame + __x
    EOF = NULL + errno
    return delete, _fn, EOF
print(main(10))
π = 3.14159
café = "crème"
print(π, café, int_, class_)
def g_f():
    return "top-level g_f"
def g():
    def f():
        return "nested f"
    return f()
print(g(), g_f())
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("never")
    if i == 5:
        break
else:
    print("outer else", i, j)
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while else", n)
while True:
    n -= 1
    if n < 2:
        break
print(n)
k = 0
for ch in "abc":
    try:
        if ch == "b":
            continue
        k += 1
    except ValueError:
        pass
print(k)
x = [1, 2, 3]
for v in x:
    if v == 1:
        x.append(4)
print(x)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(10))
if __name__ == "__main__":
    print("main guard", __name__)
