# List work: generating, sorting (with and without keys), comprehensions, slicing, reversing.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        out.append(x >> 40)
    return out


def main():
    data = lcg_list(300000, 42)
    s1 = sorted(data)
    s2 = sorted([(v % 1000, v) for v in data])
    squares = [v * v % 1000003 for v in data if v % 3 == 0]
    pairs = [(a, b) for a, b in zip(s1[:1000], s1[-1000:])]
    chunks = [sum(s1[i:i + 1000]) for i in range(0, len(s1), 1000)]
    rev = s1[::-1]
    evens = s1[::2]
    data.sort()
    data.reverse()
    copy = data[:]
    copy.extend(evens[:100])
    nested = [[i * j for j in range(20)] for i in range(2000)]
    flat = [x for row in nested for x in row if x % 3 == 1]
    print("sorted", s1[0], s1[-1], s1[len(s1) // 2])
    print("keyed", s2[:3])
    print("squares", len(squares), sum(squares) % 1000000007)
    print("pairs", pairs[0], pairs[-1])
    print("chunks", len(chunks), max(chunks), min(chunks))
    print("rev", rev[0] == data[0], len(evens), len(copy), copy[-1])
    print("flat", len(flat), sum(flat))


main()
