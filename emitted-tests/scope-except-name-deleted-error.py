"""Using the except-clause name after the handler at module level is an uncaught NameError."""
try:
    int("nope")
except ValueError as problem:
    print("caught:", problem)
print("after")
print(problem)
