"""str predicates: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/istitle/isidentifier/isprintable."""
samples = ["123", "12.5", "-1", "", "abc", "Abc", "ABC", "abc1", " \t\n", "Hello World", "Hello world", "²", "½",
           "٣", "日本", "_id", "1abc", "class", "a b", "\x07", "ÉTÉ", "été"]
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
             s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s).ljust(15), "".join("1" if f else "." for f in flags))
print(int("٣") + 1, "A1!".isupper(), "a1!".islower(), "1!".isupper(), "ǅ".istitle())
