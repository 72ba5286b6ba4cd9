"""User exception classes: custom __init__ and __str__, args, attributes, hierarchy of app errors, repr of exceptions."""


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(key, where)
        self.key = key
        self.where = where

    def __str__(self):
        return f"{self.key!r} not found in {self.where}"


class Invalid(AppError, ValueError):
    pass


for exc in [AppError("plain"), AppError(), AppError("a", 2), NotFound("k"), Invalid("bad value")]:
    print(type(exc).__name__, "|", str(exc), "|", repr(exc), "|", exc.args)
try:
    raise NotFound("user:7", where="cache")
except AppError as e:
    print("caught as AppError:", e, e.key, e.where, isinstance(e, NotFound))
try:
    raise Invalid("x")
except ValueError as e:
    print("caught Invalid as ValueError:", e, [c.__name__ for c in type(e).__mro__])
print(repr(ValueError("msg")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(Exception()))
print(str(ValueError(1, 2)), str(IndexError(42)), repr(RuntimeError("a'b")))
