"""global declarations rebind module names; without them assignment creates a local; globals created inside functions."""
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def no_global():
    counter = 99
    return counter


def creates():
    global brand_new
    brand_new = "made in function"


print(bump(), bump(), no_global(), counter)
try:
    print(brand_new)
except NameError as e:
    print("NameError:", e)
creates()
print(brand_new)


def reads_only():
    return counter * 10


print(reads_only())


def global_in_loop():
    global idx
    for idx in range(3):
        pass


global_in_loop()
print(idx)


def global_del():
    global brand_new
    del brand_new


global_del()
try:
    print(brand_new)
except NameError as e:
    print("after global_del:", e)
