"""Statements in a class body: loops, try/except with `as`, conditionals and deletions shape the namespace."""


class Table:
    squares = {}
    for i in range(4):
        squares[i] = i * i
    try:
        int("x")
    except ValueError as err:
        failed = str(err)
    if len(squares) > 3:
        size = "big"
    else:
        size = "small"
    tmp = 1
    del tmp
    total = sum(squares.values())


print(Table.squares, Table.i, Table.failed, Table.size, Table.total)
print(hasattr(Table, "tmp"), hasattr(Table, "err"))
print(sorted([n for n in vars(Table) if not n.startswith("__")]))
