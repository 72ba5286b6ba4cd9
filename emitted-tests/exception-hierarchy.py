"""The builtin exception hierarchy: except clauses catch subclasses, first matching clause wins, tuples of types."""
checks = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (UnicodeDecodeError, ValueError), (AssertionError, Exception),
    (FileNotFoundError, OSError), (TypeError, ValueError), (Exception, BaseException), (bool, int),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))


def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except NameError as e:
        return "name " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__


for exc in [KeyError("a"), IndexError(), ZeroDivisionError(), OverflowError(), UnboundLocalError(), ValueError(), AttributeError]:
    print(classify(exc))
try:
    try:
        {}["x"]
    except IndexError:
        print("wrong handler")
except LookupError as e:
    print("outer LookupError caught", repr(e))
