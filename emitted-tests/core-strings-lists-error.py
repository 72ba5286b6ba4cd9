words = "the quick  brown fox".split()
print(words, "-".join(words), " x ".strip(), "a,b,,c".split(","))
print("Hello".upper(), "Hello".lower(), "abc".startswith("ab"), "abc".endswith("bc"), "aaa".replace("a", "bb"))
print("héllo", len("héllo"), "héllo"[1], "héllo"[1:3], "naïve"[::-1], "x" * 3, "ab" + "cd")
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"), repr('both \' and "'))
lst = [5, 3, 8, 1]
lst.sort()
print(lst, lst[1:3], lst[::-1], lst[-1], len(lst), 3 in lst, 4 not in lst)
lst[0] = 100
lst[1] += 1
print(lst, lst.pop(), lst, lst.index(8))
t = (1, "a", None, 2.5, True)
print(t, t[1:], len(t))
m = [[0] * 3, [1] * 2]
print(m, [1, 2] + [3], [1, 2] * 2, [1, 2] < [1, 3], (1, 2) == (1, 2))
d = {}
d["x"] = 1
d["y"] = 2
d["x"] = 3
print(d, d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), len(d), "x" in d)
print(d.keys(), d.values(), d.items())
for ch in "hé!":
    print(ch, end="|")
print()
print(str(1.0), str(None), str([1, "a"]), repr(1e100), 1.0 / 3, 100.0, 1e16)
print(f"{1 + 1} {'s'!r} {[1, 'a']} {3.0}", sep="")
print(max("abc"), min(3, 2.5), sum([0.1] * 10), sum([], 5), ord("é"), chr(233), bool([]), bool("x"))
