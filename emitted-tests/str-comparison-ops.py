"""String comparison is lexicographic by code point; concatenation, repetition, membership, immutability errors."""
words = ["apple", "Apple", "banana", "app", "", "Zebra", "éclair", "zebra", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, reverse=True))
print("abc" < "abd", "abc" < "ab", "a" < "B", "Z" < "a", "" < "a", "é" > "z", "10" < "9")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "a" + "b" + "c", "-" * 10)
s = "hello"
t = s
s += " world"
print(s, t, s is t)
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
print(min(words), max(words), "".join(reversed("stressed")), "x" in "xyz", "yz" not in "xyz")
print(str(), str(3), str(None), str([1, "a"]), str((1,)), str({"a": 1}), str(b"x"))
