"""sys.version_info: CPython's struct sequence, compared with tuples, indexed, sliced, unpacked and read by
attribute; sys.version and sys.hexversion agree with it."""
import sys

v = sys.version_info
print(v)
print(v >= (3, 8), v < (3, 11), v > (3,), v == tuple(v), v != (2, 7), (3, 11) <= v, v[:2] == (3, 11))
print(v.major, v.minor, v.releaselevel, v.serial, v.major == v[0], v[-1], v[1:3], v[::2])
major, minor, micro, level, serial = v
print(major, minor, level, serial, micro == v.micro, len(v), list(v)[:2], 3 in v, "final" in v)
print(type(v).__name__, repr(type(v)), hash(v) == hash(tuple(v)), {v: 1}[tuple(v)] if False else "skip")
print(sys.version.startswith(f"{v.major}.{v.minor}.{v.micro}"), type(sys.version).__name__)
print(sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF, (sys.hexversion >> 8) & 0xFF == v.micro, hex(sys.hexversion)[:5])
print("%d.%d" % v[:2], "{}.{}".format(*v), f"{v.major}.{v.minor}")
if sys.version_info >= (3, 10):
    print("match statements available")
for bad in [lambda: v < [3], lambda: v > 3, lambda: v[5], lambda: v.nope]:
    try:
        bad()
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
it = iter(v)
print(next(it), next(it), type(it).__name__, list(zip("ab", v)), sum(v[:3]), any(v), min(v[:2]))
print(max(v[:3]), sorted(v[:3]), tuple(v) == (v.major, v.minor, v.micro, v.releaselevel, v.serial))
