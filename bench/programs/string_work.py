# String work: building strings with f-strings and join, splitting, replacing, searching.


def build_lines(n):
    lines = []
    for i in range(n):
        lines.append(f"row {i:06d}: value={i * 37 % 1000:>4} tag={'even' if i % 2 == 0 else 'odd'}")
    return lines


def main():
    lines = build_lines(400000)
    text = "\n".join(lines)
    parts = text.split("\n")
    words = 0
    evens = 0
    digits = 0
    for line in parts:
        fields = line.split()
        words += len(fields)
        if fields[-1].endswith("even"):
            evens += 1
        num = fields[1].rstrip(":")
        if num.isdigit():
            digits += int(num) % 7
    upper = text.upper().replace("ROW", "R").replace("VALUE", "V")
    csv = ",".join([p.strip() for p in upper.split("TAG=")])
    print("lines", len(parts), "words", words, "evens", evens, "digits", digits)
    print("len", len(text), len(upper), len(csv), text.count("odd"), upper.find("R 399999"))
    acc = ""
    for i in range(200000):
        acc += str(i % 10)
    print("acc", len(acc), acc[-12:], acc.count("7"))


main()
