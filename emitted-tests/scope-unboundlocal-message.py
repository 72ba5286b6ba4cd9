"""Assignment anywhere in a function makes the name local: reading it first raises UnboundLocalError."""
count = 10


def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def later_assign():
    try:
        print(count)
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)
    count = 5
    return count


def in_branch(flag):
    if flag:
        v = "set"
    try:
        return v
    except UnboundLocalError as e:
        return "caught: " + str(e)


bump()
print(later_assign())
print(in_branch(True))
print(in_branch(False))
print(isinstance(UnboundLocalError("x"), NameError))
print(count)
