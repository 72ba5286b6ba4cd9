# What cpp/main.cpp prints, computed by python3 from the same module: the CMake test compares the two.
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "geometry"))
import geometry

print("circle", repr(geometry.circle_area(1.5)))
print(" ".join(str(v) for v in geometry.scaled([1, 2, 3]) + geometry.scaled([1, 2, 3], 10)) + " ")
print(" ".join(f"{w}={n}" for w, n in sorted(geometry.word_lengths(["tree", "fig", "banana"]).items())) + " ")
rect = geometry.Rect(3, 4)
print(rect.describe(), "area", rect.area())
print(geometry.Rect(5).describe())
try:
    geometry.checked_sqrt(-4.0)
except ValueError as e:
    print(f"caught {type(e).__name__}: {e}")
