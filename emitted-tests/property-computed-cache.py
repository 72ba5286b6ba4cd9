"""Properties computed on access (called every time), lazily cached in an instance attribute, and used in __repr__."""
calls = []


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self._area = None

    @property
    def area(self):
        calls.append("area")
        return self.w * self.h

    @property
    def cached_perimeter(self):
        if self._area is None:
            calls.append("perimeter computed")
            self._area = 2 * (self.w + self.h)
        return self._area

    def __repr__(self):
        return f"Rect({self.w}x{self.h}, area={self.area})"


r = Rect(3, 4)
print(r.area, r.area, r.cached_perimeter, r.cached_perimeter)
r.w = 10
print(r.area, r.cached_perimeter, r)
print(calls)
print(sorted([Rect(2, 2), Rect(1, 1), Rect(3, 1)], key=lambda x: x.area))
