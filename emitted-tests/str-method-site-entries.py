# A method site remembers, per builtin receiver type, the code of the method it called (str, list, dict):
# the same site must still reach the right method for every receiver that comes next (other builtin types
# with a method of that name, user classes), and the entries must keep CPython's argument checks and
# messages. (Subclasses of str are not supported yet.)


class Splitter:
    def split(self, *args):
        return ["Splitter.split", *args]

    def endswith(self, x):
        return "Splitter.endswith " + x

    def pop(self):
        return "Splitter.pop"


def call_split(o, *args):
    return o.split(*args) if args else o.split()


def call_strip(o):
    return o.strip()


def call_rstrip(o, chars):
    return o.rstrip(chars)


def call_endswith(o, x):
    return o.endswith(x)


def call_pop(o):
    return o.pop()


def call_count(o, x):
    return o.count(x)


def call_isdigit(o):
    return o.isdigit()


def call_encode(o):
    return o.encode()


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


receivers = ["  a b  c ", "é ü\tß", Splitter(), b" x y ", "x", ""]
for _ in range(2):
    for r in receivers:
        show(call_split, r)
        show(call_strip, r)
show(call_split, "a,b,,c", ",")
show(call_split, "a,b,,c", ",", 1)
show(call_split, Splitter(), ",", 1)
show(call_split, "a,b", ",", 1, 2)
show(call_split, "a,b", 1)
show(call_split, "a,b", ",", "1")
show(call_split, "a,b", "")
show(call_split, b"a,b", b",")
show(call_split, "a,b", b",")

for chars in [":", ":é", None, 5]:
    for r in ["12:", "12:é:", "\u00a012 \u2003"]:
        show(call_rstrip, r, chars)

for x in ["even", ("odd", "even"), "", "évén", 3, ("a", 3)]:
    for r in ["row even", "row évén", Splitter(), b"even"]:
        show(call_endswith, r, x)

for r in [[1, 2, 3], {"a": 1}, Splitter(), [], {}, "str has no pop"]:
    show(call_pop, r)

for r in ["a.a.a", [1, "a", "a"], ("a", "b", "a"), b"aaa", Splitter()]:
    show(call_count, r, "a")

for r in ["123", "12a", "", "١٢٣", "²", 5]:
    show(call_isdigit, r)

for r in ["ascii", "é€", Splitter()]:
    show(call_encode, r)

# A method of the builtin type through its class, and wrong argument counts on the entries.
show(str.strip, "  x  ")
show(lambda: "x".strip("a", "b"))
show(lambda: "x".isdigit(1))
show(lambda: "x".endswith())
show(lambda: "x".encode("ascii", "strict", 3))
show(lambda: [1].pop(0, 1))
show(lambda: {}.pop())
