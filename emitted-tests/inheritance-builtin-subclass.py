"""Subclassing builtins and exceptions: list/dict subclasses with extra methods, overridden __getitem__/__missing__."""


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [5], sum(s))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}?>"


d = Default(a=1)
print(d["a"], d["zz"], "zz" in d, len(d))


class Upper(str):
    def shout(self):
        return self.upper() + "!"


u = Upper("hey")
print(u.shout(), u + " you", len(u), isinstance(u, str), u == "hey")


class Money(int):
    def __repr__(self):
        return f"${int(self)}"


m = Money(5)
print(repr(m), m + 3, type(m + 3).__name__, [m])
