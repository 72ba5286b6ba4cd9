# Relative imports that cannot resolve raise ImportError when they run, with CPython's messages.
import pkg
print(pkg.sibling.NAME, pkg.sibling.__package__)
for name in ["pkg.too_far", "top_level"]:
    try:
        if name == "pkg.too_far":
            import pkg.too_far
        else:
            import top_level
    except ImportError as e:
        print(name, type(e).__name__, e)
import sys
print(sorted(k for k in sys.modules if k.startswith(("pkg", "top_level"))))
