"""Uncaught exception raised 'from' another: the last stderr line is the outer exception only."""


class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


print(load("8080"))
try:
    load("x")
except ConfigError as e:
    print("cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)
print(load("eighty"))
