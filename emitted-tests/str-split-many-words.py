"""split() on whitespace past the words it notes on the stack (32), with and without maxsplit."""

for n in [0, 1, 31, 32, 33, 34, 100]:
    text = "  ".join(f"w{i}" for i in range(n)) + (" \t\n" if n % 2 else "")
    words = text.split()
    print(n, len(words), words[:2], words[-2:], "|".join(words[30:35]))
    for limit in [0, 1, 31, 32, 33, 50]:
        parts = text.split(None, limit)
        print(" ", limit, len(parts), repr(parts[-1][:12]) if parts else None)
print("é a  b".split(), " ".join(["x"] * 40).split()[-1], len((" y " * 40).split()))
