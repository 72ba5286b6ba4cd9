# Micro benchmark: raising and catching an exception.
t = 0
for i in range(200000):
    try:
        if i % 3 == 0:
            raise ValueError('x')
        t += 1
    except ValueError:
        t += 2
print(t)
