# The `as` name of an except clause is deleted however the handler is left: break, continue, return, or
# another exception, at module level, in functions, and for names that closures share.
for attempt in range(2):
    try:
        raise ValueError("first")
    except ValueError as err:
        if attempt == 0:
            continue
        break
try:
    print(err)
except NameError as e:
    print("NameError:", e)


def returns_from_handler():
    try:
        {}["missing"]
    except KeyError as exc:
        return repr(exc)


print(returns_from_handler())


def raises_from_handler():
    try:
        try:
            1 / 0
        except ZeroDivisionError as inner:
            raise RuntimeError("again")
    except RuntimeError:
        pass
    return inner


try:
    raises_from_handler()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def shared_with_closure():
    def show():
        return problem

    for _ in range(3):
        try:
            raise IndexError("idx")
        except IndexError as problem:
            print("inside:", show())
            break
    try:
        return show()
    except NameError as e:
        return "NameError: " + str(e)


print(shared_with_closure())


class Holder:
    for i in range(2):
        try:
            raise TypeError("in class")
        except TypeError as caught:
            seen = str(caught)
    print(seen)

print(hasattr(Holder, "caught"), Holder.seen)
