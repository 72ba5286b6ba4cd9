"""A comprehension's loop variable does not leak: reading it afterwards raises NameError."""
squares = [k * k for k in range(4)]
print(squares)
print({k: 1 for k in "ab"})
print(k)
