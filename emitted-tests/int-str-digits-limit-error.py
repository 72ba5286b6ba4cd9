"""Printing an int with more than 4300 digits is an uncaught ValueError."""
n = 7 ** 6000
print(n % 10 ** 9)
print(n)
