"""Keyword arguments to builtins and builtin-type methods, and CPython's errors for the ones they lack."""
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=len), sorted(words, reverse=True))
print(min(words, key=len), max(words, key=len), min([], default="none"), max(3, 9, key=lambda v: -v))
print(sum(range(5), start=100), list(enumerate("ab", start=1)), list(enumerate(iterable="xy")))
print(list(zip([1, 2], "ab", strict=True)), round(2.567, ndigits=1), pow(2, 10, mod=1000), pow(base=3, exp=2))
nums = [5, 2, 8, 1]
nums.sort(reverse=True)
print(nums)
nums.sort(key=lambda v: v % 3)
print(nums)
print("a,b,c".split(sep=",", maxsplit=1), "a b c".rsplit(maxsplit=1), "x\ny\n".splitlines(keepends=True))
d = {"a": 1}
d.update(b=2, c=3)
d.update([("d", 4)], e=5)
print(d, "\tx".expandtabs(tabsize=4))
print("{} {name}".format(1, name="n"), print("p", "q", sep="-", end="!\n", flush=True))
for call in [
    lambda: len("abc", x=1),
    lambda: sorted([], foo=1),
    lambda: min([1], foo=2),
    lambda: [].sort(1),
    lambda: "a".upper(x=1),
    lambda: {}.get(1, default=2),
    lambda: list(x=1),
    lambda: sum([1], start=1, other=2),
    lambda: enumerate([], x=1),
    lambda: round(1.5, foo=1),
    lambda: int("1", bas=2),
    lambda: "a".split(foo=1),
    lambda: max(1, 2, default=0),
    lambda: sum([1], 2, start=3),
    lambda: print(*5),
    lambda: len(**{"a": 1}),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
