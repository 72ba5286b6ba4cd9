def lookup(d, k):
    return d[k]
d = {"a": 1, 2: "b", (1, 2): [3]}
print(lookup(d, "a"), lookup(d, 2), lookup(d, (1, 2)))
print(lookup(d, "zz"))
