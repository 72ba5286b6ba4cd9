# A name assigned anywhere in a function is local everywhere in it, even when the assignment never runs:
# reading it first is UnboundLocalError, not the builtin.
def count(xs, rebind):
    if rebind:
        len = lambda x: -1
    return len(xs)


print(count([1, 2, 3], True))
print(count([1, 2, 3], False))
