# Dict work: word counting with get/set over generated keys, then a merge and a ranking.


def make_words(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xo", "ze"]
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = syllables[x % 10] + syllables[(x // 10) % 10] + syllables[(x // 100) % 7]
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    words = make_words(1200000)
    counts = count(words)
    by_first = {}
    for w, c in counts.items():
        key = w[:2]
        by_first[key] = by_first.setdefault(key, 0) + c
    index = {}
    for i in range(len(words)):
        w = words[i]
        if w not in index:
            index[w] = i
    ranked = sorted([(-c, w) for w, c in counts.items()])
    print("distinct", len(counts))
    print("top", ranked[:3])
    print("by_first", sorted(by_first.items()))
    print("first_seen_sum", sum(index.values()))
    total = 0
    for k in counts:
        if k in by_first or k[2:4] in by_first:
            total += counts[k]
    print("total", total)


main()
