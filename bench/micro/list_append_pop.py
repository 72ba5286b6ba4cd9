# Micro benchmark: list append and pop on a short list.
t = 0
for i in range(300000):
    l = []
    l.append(i); l.append(2); l.append(3)
    t += l.pop() + len(l)
print(t)
