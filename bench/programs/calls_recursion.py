# Function calls and recursion: naive fib, Ackermann-style mutual recursion, and many small calls.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def clamp(x, lo=0, hi=100):
    return lo if x < lo else hi if x > hi else x


def main():
    print("fib", fib(32))
    evens = 0
    for k in range(300):
        if is_even(k * 3):
            evens += 1
    print("evens", evens)
    g = 0
    for a in range(1, 400):
        for b in range(1, 400, 7):
            g += gcd(a * 7, b * 5)
    print("gcd", g)
    c = 0
    for i in range(1000000):
        c += clamp(i % 250 - 60, hi=150)
    print("clamp", c)


main()
