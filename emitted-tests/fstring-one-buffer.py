"""f-strings of several parts written into one buffer: ints, bools, big ints, floats, strs (ASCII and not),
None and class instances as fields, with and without specs and conversions; fields formatted in order, each
before the next field's expression runs; a raise midway (bad spec, __format__ returning a non-str, a raising
__str__) leaving nothing behind; nested specs, `=` specifiers, lengths in code points, long results."""

log = []


def note(tag, value):
    log.append(tag)
    return value


class Fmt:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        log.append("format " + self.name + " " + repr(spec))
        return "<" + self.name + ":" + spec + ">"

    def __str__(self):
        log.append("str " + self.name)
        return "S(" + self.name + ")"

    def __repr__(self):
        log.append("repr " + self.name)
        return "R(" + self.name + ")"


class OnlyStr:
    def __str__(self):
        log.append("OnlyStr.__str__")
        return "only-str é"


class BadFormat:
    def __format__(self, spec):
        return 42


class RaisingStr:
    def __str__(self):
        raise RuntimeError("no str for you")


for i in [0, 7, -7, 123456, -(2**63), 2**63 - 1, 10**30, -(10**30), True, False]:
    print(f"row {i:06d}: {i} [{i:>8}] [{i:<5}] {i!r} {i!s} tag")
for x in [0.0, -0.0, 1.5, 1e100, float("inf"), float("nan"), 1 / 3]:
    print(f"f {x} {x:.3f} [{x:>10}] {x!r} end")
for t in ["", "even", "odd", "héllo", "日本語", "a" * 300]:
    s = f"tag={t} [{t:>6}] [{t:^7}] [{t:*<4}] {t!r} {t!a} |"
    print(len(s), s[:60], s[-8:], s.isascii())
print(f"none {None} {None!r} [{None!s:>6}] {None:}")
print(f"list {[1, 'a']} dict {({'k': 2})} tuple {(1,)} {[1, 'é']!a}")

a, b = Fmt("a"), Fmt("b")
log.clear()
s = f"1 {note('x', a)} 2 {note('y', b):>{note('w', 3)}} 3 {note('z', a)!r} 4 {note('v', b)!s:{note('u', '')}}"
print(s)
print(log)
log.clear()
print(f"{OnlyStr()} and {OnlyStr():}" + "!", log)

# A raise midway: the fields before it were formatted (their side effects happened), nothing was built.
for bad in ["{x:q}", "bad-format", "raising-str", "bad-int-spec", "bad-str-spec"]:
    log.clear()
    try:
        if bad == "{x:q}":
            r = f"a {note('1', a)} b {note('2', 5):q} c {note('3', 1)}"
        elif bad == "bad-format":
            r = f"a {note('1', a)} b {BadFormat()} c {note('3', 1)}"
        elif bad == "raising-str":
            r = f"a {note('1', 3)} b {RaisingStr()} c {note('3', 1)}"
        elif bad == "bad-int-spec":
            r = f"a {note('1', 3)} b {note('2', 5):s} c {note('3', 1)}"
        else:
            r = f"a {note('1', 'q')} b {note('2', 'q'):=5} c {note('3', 1)}"
        print("no error", r)
    except (ValueError, TypeError, RuntimeError) as e:
        print(bad, type(e).__name__, e, log)

# Nested specs, `=` specifiers, specs built at run time.
for w in [1, 4, 9]:
    for fill in "*é":
        print(f"[{'ab':{fill}^{w}}] [{-42:{fill}>{w}}] [{3.5:{fill}<{w}.2f}] [{w=}] [{w = :>4}] [{w=!r}]")
name = "Zoë"
print(f"{name=} {name!r:>10} {len(name)=} {name.upper()=}")
print(f"{'x'}{'y'}{1}{2}", f"{''}{''}" == "", len(f"{''}{'é'}"), f"{{literal}} {1}")

# Lengths and results reused: indexing, len and concatenation of built strs.
rows = [f"r{i:03d}é{'-' * (i % 3)}|" for i in range(12)]
print(rows, [len(r) for r in rows], rows[5][4], rows[11][-2:])
big = f"{'x' * 200} {'y' * 200} {10**50} {'z' * 300}"
print(len(big), big[195:210], big[-5:], big.count("y"))
