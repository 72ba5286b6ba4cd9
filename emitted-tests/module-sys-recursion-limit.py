"""sys.getrecursionlimit/setrecursionlimit move the depth where RecursionError is raised."""
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def deepest():
    try:
        return 1 + deepest()
    except RecursionError:
        return 1


print(sys.getrecursionlimit())
base = deepest()
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), deepest() - base + 900)
sys.setrecursionlimit(5000)
print(depth(4000))
for bad in [0, -5, 2.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def too_low():
    sys.setrecursionlimit(2)


try:
    too_low()
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
depth(100)
