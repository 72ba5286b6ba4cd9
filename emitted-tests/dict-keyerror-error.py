"""Uncaught KeyError with a tuple key: the last line shows the key's repr."""
prices = {("apple", "red"): 1.5, ("pear", "green"): 2.0}
print(prices[("apple", "red")])
print(prices[("apple", "green")])
