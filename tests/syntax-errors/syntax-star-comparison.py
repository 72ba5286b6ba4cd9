x = [*a < b]
