"""String literal forms: raw strings, triple quotes, escapes (\\x, \\u, \\U, \\N-free), implicit concatenation, line continuation."""
print(r"raw\n\t\\", len(r"\n"), "\x41\u00e9\U0001F600\101", len("\0"))
print("""triple "quoted"
  keeps 'indent'
""", end="")
print('''single ''' + "double")
s = ("implicit "
     "concatenation "
     'mixed quotes')
print(s)
t = "line " \
    "continued"
print(t)
print("a\
b")
print(len("""
"""), repr("""a
b"""), "tab:\t|", "bell-free \\a")
print(r"C:\path\to\file", "\"escaped\"", '\'single\'')
u = "\u00e9" == "é" == "\N{LATIN SMALL LETTER E WITH ACUTE}"
print(u, "\u0041\u0301", len("\u0041\u0301"))
