"""find/rfind/index/rindex with start/end (negative too), count with overlaps, the ValueError for index."""
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", -3), s.find("bra", 2, 8), s.find("z"), s.find(""), s.find("", 20))
print(s.rfind("a"), s.rfind("a", 0, -1), s.rfind("abra"), s.rfind("x"), s.rfind(""), s.index("cad"), s.rindex("b"))
print(s.count("a"), s.count("abra"), s.count("aa"), "aaaa".count("aa"), s.count(""), s.count("a", 4), s.count("a", 4, 6))
for call in [lambda: s.index("z"), lambda: s.rindex("q"), lambda: s.index("a", 20), lambda: "".index("a")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
print("a" in s, "cad" in s, "" in s, "A" in s, s.startswith("abr"), s.endswith("bra"), s.startswith("bra", 1))
print(s.startswith(("x", "ab")), s.endswith(("c", "ra")), s.startswith("a", 3), s.endswith("d", 0, 7), s.startswith(()))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
print("日本語テキスト".find("テ"), "héllo".index("l"), "ééé".count("é"), "😀a😀".rfind("😀"))
