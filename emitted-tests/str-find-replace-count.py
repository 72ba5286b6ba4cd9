"""find/rfind/index/rindex/count/replace/startswith/endswith with ranges, empty needles, and not-found errors."""
s = "banana bandana"
print(s.find("an"), s.rfind("an"), s.find("an", 5), s.find("an", 2, 4), s.find("xyz"), s.find(""), s.rfind(""))
print(s.index("ban"), s.rindex("ban"), s.count("an"), s.count("a", 3), s.count(""), "aaaa".count("aa"))
print(s.replace("an", "AN"), s.replace("an", "", 2), "abc".replace("", "-"), s.replace("zz", "y"))
print(s.startswith("ban"), s.startswith(("x", "bana")), s.endswith("ana"), s.startswith("nan", 2), s.endswith("ban", 0, 10))
try:
    s.index("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("na" in s, "" in s, "Ban" in s, s.upper().lower() == s)
print("a-b-c".replace("-", "+", 1), "αβγαβ".find("γ"), "αβγαβ".count("αβ"), "日本語日本".rfind("日"))
print("tab\there".expandtabs(4), "x".join("..") if False else "ok", "abc".removeprefix("a"), "abc".removesuffix("bc"))
