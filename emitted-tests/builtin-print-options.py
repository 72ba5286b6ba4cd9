"""print(): multiple args, sep/end keywords, empty print, None and nested containers, printing str subclasses."""
print()
print("a", "b", 3, None, True, 2.0, [1, "x"], (1,), {"k": None})
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(*range(5), sep=", ")
print("no newline", end="")
print(" continued")
print("x", end="")
print()
print(sep="ignored", end="only end\n")
print("multi\nline", "tab\tsep")
print("", "", sep="-")
print([None, ["", "it's"], 'q"uote'])
print(1, 2, sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
