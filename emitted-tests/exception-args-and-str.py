"""Exception args and str()/repr(): zero, one and several args, non-string args, user __str__, KeyError quirk."""
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), ValueError(42), ValueError(None), ValueError(("t",)),
            KeyError("k"), KeyError(), KeyError(1, 2), IndexError("i"), OSError("plain")]:
    print(type(exc).__name__, exc.args, repr(str(exc)), repr(exc))


class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code


class Quiet(Exception):
    def __str__(self):
        return "quiet: " + ",".join(map(str, self.args))


e = AppError(404, "missing")
print(e.args, e.code, str(e), repr(e))
q = Quiet(1, 2)
print(str(q), repr(q), f"{q}", q.args)
try:
    raise AppError(500, "boom")
except Exception as err:
    print(type(err).__name__, err, err.args[1])
e2 = ValueError("x")
e2.args = ("replaced", 1)
print(e2, e2.args)
print(str(KeyError("it's")), str(KeyError('say "hi"')), repr(KeyError("a\nb")), str(StopIteration(5)))
print(isinstance(e, Exception), isinstance(KeyError(), LookupError), ZeroDivisionError.__mro__[1].__name__)
