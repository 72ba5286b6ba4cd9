"""An uncaught user exception defined in a function: the traceback's last line uses the qualified name."""


class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"missing key {self.key!r}"


def load():
    class LocalError(ConfigError):
        pass
    try:
        raise ConfigError("port")
    except ConfigError as e:
        print("caught", e, e.args)
    raise LocalError("host")


load()
