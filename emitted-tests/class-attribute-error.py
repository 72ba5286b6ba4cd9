"""Uncaught AttributeError on an instance: the last line names the class and the attribute."""


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0


acct = Account("kim")
print(acct.owner, acct.balance)
print(acct.overdraft_limit_value)
