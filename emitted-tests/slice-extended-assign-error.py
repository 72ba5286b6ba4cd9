"""Uncaught ValueError: assigning a wrong-size sequence to an extended slice."""
grid = [0] * 7
grid[::2] = [1, 1, 1, 1]
print(grid)
grid[1::2] = [9, 9]
print("unreachable")
