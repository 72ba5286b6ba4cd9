# Micro benchmark: a function that rebinds a module global.
counter = 0
def bump():
    global counter
    counter += 1
for i in range(1000000):
    bump()
print(counter)
