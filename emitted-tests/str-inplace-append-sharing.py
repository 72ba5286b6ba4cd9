"""`s += t` appends in place only when nothing else holds s: every other reference keeps the old text."""


def show(label, *values):
    print(label, [(v, len(v)) for v in values])


# another variable
a = "x" * 20
b = a
a += "y"
show("var", a, b)
a += "z"
show("var again", a, b)

# a list element and a dict value
s = "ab" + str(len(a))
lst = [s]
s += "!"
show("list", s, lst[0])
d = {"k": s}
s += "?"
show("dict value", s, d["k"])

# a dict key: the key must keep its text and its hash
key = "key" + str(7)
table = {key: 1}
key += "8"
print("dict key", sorted(table), "key7" in table, "key78" in table, key in table, table.get("key7"))
table[key] = 2
print(sorted(table.items()))

# a tuple and a set
s = "t" + str(1)
tup = (s, s)
s += "u"
show("tuple", s, *tup)
members = {s}
s += "v"
print("set", s, sorted(members), s in members, "t1u" in members)


# a default argument
def with_default(acc="base" + str(0)):
    acc += "+"
    return acc


print("default", with_default(), with_default(), with_default("other"))


# a closure cell: the inner function sees the variable, not the old object
def counter():
    text = "c" * 3
    seen = []

    def grow():
        nonlocal text
        before = text
        text += "."
        seen.append(before)
        return text

    grow()
    grow()
    return text, seen


print("closure", counter())

# a global changed inside a function, with an alias kept outside
g = "g" * 17
alias = g


def grow_global():
    global g
    for _ in range(3):
        g += "+"


grow_global()
show("global", g, alias)

# x += x and chains of appends on a fresh str
x = "ab" * 10
x += x
x += x
show("self", x)

# the augmented value is an attribute or an item: the container keeps its own reference until the store
class Box:
    pass


box = Box()
box.text = "attr" * 5
keep = box.text
box.text += "!"
show("attr", box.text, keep)
items = ["item" * 5]
old = items[0]
items[0] += "!"
show("item", items[0], old)

# constants and one-character strs are shared: appending to a copy must not change them
for ch in "ab":
    c = ch
    c += "z"
    print("char", ch, c, "a", "b")
lit = "lit"
lit += "eral"
print("literal", lit, "lit")

# iterating a str while appending to the variable iterates the original
s = "xyz" * 6
out = []
for ch in s:
    s += ch.upper()
    out.append(ch)
print("iterate", "".join(out), s)

# x += x where x is the only reference and its block has room: the copy reads what it extends
for n in range(1, 9):
    x = "ab" * n
    x += x
    y = "é" * n
    y += y
    print(n, x, len(x), x[-1], x == "ab" * (2 * n), y, len(y), y[n], {x: n}[x], hash(y) == hash("é" * (2 * n)))
