x = 10
y = 3
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 2 ** 100, -(2 ** 63))
print(1.5, 0.1 + 0.2, 1e16, 1e-5, 123456789.0, -0.0, 1 / 3)
print(9223372036854775807 + 1, 3 * 9223372036854775807)
print(True + True, 1 < 2 < 3, 1 < 3 < 2, "a" < "b", not x)
s = "hello"
print(s, len(s), s[1], s[-1], s[1:3], s[::-1], repr(s))
def f(a, b=2):
    return a * b
print(f(3), f(3, 4))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c()
print(c(), c())
total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    total += i
print(total)
lst = [1, 2, 3]
lst.append(4)
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v, sep="=", end=";")
print()
print(lst, d, (1,), (), [], {}, None)
a, b = 1, 2
a, b = b, a
print(a, b, f"{a} and {b!r} {s}")
print(max(3, 1, 2), min([4, 5]), sum(lst), abs(-3), int("42"), float("1.5"), str(12))
while x > 0:
    x -= 3
else:
    print("done", x)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")
print(isinstance(1, int), isinstance(True, int), isinstance("x", (int, str)))
