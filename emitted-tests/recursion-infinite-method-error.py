"""Uncaught RecursionError from a property that recurses on itself: the last stderr line is CPython's message."""


class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self.balance


acct = Account(10)
print(acct._balance)
print(acct.balance)
