"""Uncaught chained exception (raise ... from): only the final exception's line is compared."""


def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise LookupError("config is missing 'port'") from e


print(load({"port": 80}))
print(load({}))
