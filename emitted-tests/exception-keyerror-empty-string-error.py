"""Uncaught KeyError for the empty-string key: the last stderr line is KeyError: ''."""
registry = {"default": 1}
name = ""
print(registry.get(name, "no entry"))
print(registry[name])
