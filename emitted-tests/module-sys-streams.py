"""sys.stdout/sys.stderr and print(file=...): the streams interleave with print, write returns the length."""
import sys

n = sys.stdout.write("written directly\n")
print("write returned", n, sys.stdout.write("é\n"))
print("to stdout explicitly", file=sys.stdout)
print("to stderr", 1, 2, sep=", ", file=sys.stderr)
sys.stderr.write("stderr write\n")
print(None, file=None, end="|\n")
print(sys.stdout, sys.stderr)
sys.stdout.flush()
print("flushed", flush=True)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print(1, "two", [3], sep="-", end="!", file=c)
print(file=c)
print("x", file=c, flush=True)
print(c.parts)

for bad in [lambda: sys.stdout.write(3), lambda: sys.stdout.write(), lambda: print("x", sep=3),
            lambda: print("x", file=object()), lambda: sys.stdout.nosuch]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(len(sys.argv), sys.argv[0].endswith(".py"), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize + 1 > 2**63 - 1, sys.platform, sys.byteorder)
