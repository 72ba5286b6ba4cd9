"""Shapes measured in Python, called from C++ (the library half of the CMake example)."""
import math


class Rect:
    def __init__(self, width, height=1):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def describe(self):
        return f"Rect({self.width} x {self.height})"


def circle_area(radius: float) -> float:
    return math.pi * radius * radius


def scaled(values: list[int], factor: int = 2) -> list[int]:
    return [v * factor for v in values]


def word_lengths(words: list[str]) -> dict[str, int]:
    return {w: len(w) for w in words}


def checked_sqrt(x: float) -> float:
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return math.sqrt(x)
