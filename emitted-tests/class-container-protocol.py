"""__len__, __getitem__/__setitem__/__delitem__, __contains__, __iter__ and the legacy __getitem__ iteration protocol."""


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {pos} out of range")
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, v):
        return v in self.cells.values()


g = Grid(3, 2)
g[0, 1] = "x"
g[1, 2] = "y"
print(len(g), g[0, 1], g[1, 1], "x" in g, "z" in g, "z" not in g)
del g[0, 1]
print(g[0, 1], "x" in g, bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i


print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2])


class Empty:
    def __len__(self):
        return 0


print(bool(Empty()), len(Empty()), "truthy" if Empty() else "falsy")
try:
    len(Squares())
except TypeError as e:
    print("TypeError:", e)
