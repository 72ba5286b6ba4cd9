"""Each call to the outer function makes fresh cells; nonlocal writes in one instance don't affect another."""


def make_bank(balance):
    history = []

    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("d", x))
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        history.append(("w", x))
        return balance

    def report():
        return balance, list(history)
    return deposit, withdraw, report


d1, w1, r1 = make_bank(10)
d2, w2, r2 = make_bank(1000)
print(d1(5), w1(3), w1(100))
print(d2(1), w2(500))
print(r1())
print(r2())
