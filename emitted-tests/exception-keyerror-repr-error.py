"""Uncaught KeyError shows repr of the key (quotes included)."""
config = {"host": "localhost"}
print(config["host"])
print(config["user name"])
