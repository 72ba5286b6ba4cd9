# Micro benchmark: big int arithmetic.
x = 1
for i in range(1, 3000):
    x = x * 3 + i
print(x % 1000000007)
