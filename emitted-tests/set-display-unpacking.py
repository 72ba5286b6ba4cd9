# `{a, *b}` adds the items one by one in order, so the table (and the printed order) is CPython's; a
# non-iterable after `*` gets iter()'s message in a set display, unlike list and tuple displays.
print({*range(5), 10, *"ab"} == {0, 1, 2, 3, 4, 10, "a", "b"})
print({*[40, 8, 16], 8, *(1, 33)})
print(sorted({*"hello", *"world"}))
words = ["b", "a"]
print(len({*words, *words}), {*()} == set(), type({*[]}).__name__)
for bad in [lambda: {*1}, lambda: {1, *None}, lambda: [*1], lambda: (*2.5,)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
