"""Uncaught ValueError from int() with an explicit base: the message names the base and the repr of the text."""
print(int("ff", 16), int("0b11", 0))
print(int("0xZZ", 16))
