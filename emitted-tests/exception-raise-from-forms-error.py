"""raise ... from with a class, an instance, None and a non-exception; context cycles; re-raise keeps links."""
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError from IndexError
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError:", e, e.__context__)

try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        try:
            raise inner
        except ValueError as same:
            print("same object:", same is inner, same.__context__)
except ValueError:
    pass

a = KeyError("a")
b = IndexError("b")
try:
    try:
        raise a
    except KeyError:
        raise b
except IndexError:
    pass
print(repr(b.__context__), a.__context__)
try:
    try:
        raise b
    except IndexError:
        raise a
except KeyError:
    pass
print(repr(a.__context__), b.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise RuntimeError("nested")
        except RuntimeError as r:
            print("nested context:", repr(r.__context__))
        raise
except ZeroDivisionError as z:
    print("re-raised:", repr(z), z.__context__)

try:
    raise RuntimeError("no chain")
except RuntimeError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__, e.args)


def handler_calls_function():
    def helper():
        try:
            raise KeyError("helper")
        except KeyError as k:
            return k
    try:
        raise ValueError("outer")
    except ValueError:
        return helper()


k = handler_calls_function()
print(repr(k), repr(k.__context__))
try:
    raise ValueError("final") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
raise KeyError("last") from ValueError("first")
