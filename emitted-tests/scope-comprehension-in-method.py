"""Comprehensions inside methods reach class attributes only through self / the class name."""


class Grid:
    size = 3
    fill = "."

    def rows(self):
        return [[self.fill for _ in range(self.size)] for _ in range(self.size)]

    def coords(self):
        return [(r, c) for r in range(Grid.size) for c in range(r)]

    def bad(self):
        try:
            return [size for _ in range(2)]
        except NameError as e:
            return "NameError: " + str(e)


g = Grid()
print(g.rows())
print(g.coords())
print(g.bad())
g.size = 1
print(g.rows(), Grid.size)
