# Augmented assignments: a class's __iOP__ for every operator (the same object comes back), the binary
# method when there is none, and CPython's TypeError naming `OP=` when neither side handles it.
class A:
    def __init__(self): self.log = []
    def __isub__(self, o): self.log.append(("isub", o)); return self
    def __imul__(self, o): self.log.append(("imul", o)); return self
    def __ifloordiv__(self, o): self.log.append(("ifloordiv", o)); return self
    def __ilshift__(self, o): self.log.append(("ilshift", o)); return self
    def __ior__(self, o): self.log.append(("ior", o)); return self
    def __ipow__(self, o): self.log.append(("ipow", o)); return self
    def __itruediv__(self, o): self.log.append(("itruediv", o)); return self
    def __imod__(self, o): self.log.append(("imod", o)); return self
    def __iand__(self, o): self.log.append(("iand", o)); return self
    def __sub__(self, o): return "sub"
a = A()
b = a
a -= 1; a *= 2; a //= 3; a <<= 4; a |= 5; a **= 6; a /= 7; a %= 8; a &= 9
print(a is b, a.log)
class B:
    def __sub__(self, o): return "sub"
    def __rshift__(self, o): return "rshift"
b = B(); b -= 1; print(b)
b = B(); b >>= 1; print(b)

for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    x = 1.5 if op in ("<<=", ">>=", "&=", "|=", "^=") else None
    try:
        exec_ = None
        if op == "+=": x += "a"
        elif op == "-=": x -= "a"
        elif op == "*=": x *= 2.5
        elif op == "/=": x /= "a"
        elif op == "//=": x //= "a"
        elif op == "%=": x %= "a"
        elif op == "**=": x **= "a"
        elif op == "<<=": x <<= 1
        elif op == ">>=": x >>= 1
        elif op == "&=": x &= 1
        elif op == "|=": x |= 1
        elif op == "^=": x ^= 1
        elif op == "@=": x @= 1
    except TypeError as e:
        print(e)


class NotImpl:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "add after NotImplemented"


n = NotImpl()
n += 1
print(n)
s = {1, 2}
alias = s
s |= {3}
s -= {1}
s &= {2, 3, 4}
s ^= {9}
print(s is alias, sorted(s))
try:
    s |= [1]
except TypeError as e:
    print(e)
fs = frozenset({1})
fs |= {2}
print(type(fs).__name__, sorted(fs))
lst = [1]
alias = lst
lst += (2, 3)
lst *= 2
print(lst is alias, lst)
d = {"a": 1}
alias = d
d |= [("b", 2)]
print(d is alias, d)
x = 7
x /= 2
x **= 2
x //= 3
x %= 5
print(x)
