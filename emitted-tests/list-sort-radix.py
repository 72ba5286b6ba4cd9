# Sorting lists long enough for the runtime's radix sort (512 items and more): ints of every sign and size,
# keys that tie (stability through key= and reverse=), pairs of ints, and the boundaries of int64.


def lcg(n, seed, modulus):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % modulus)
    return out


def check(name, items, **kwargs):
    result = sorted(items, **kwargs)
    ok = all(result[i] <= result[i + 1] for i in range(len(result) - 1)) if not kwargs else True
    copy = list(items)
    copy.sort(**kwargs)
    print(name, len(result), result[:5], result[-5:], ok, copy == result)


small = lcg(2000, 7, 1000)
check("small", small)
check("negative", [v - 500 for v in small])
check("wide", [v * 10**12 - 5 * 10**14 for v in lcg(1500, 3, 1000)])
check("extremes", [(-2) ** 63, 2**63 - 1, 0, -1, 1] * 200 + small)
check("constant", [42] * 600)
check("two values", [1, 0] * 400)
check("already sorted", list(range(1000)))
check("descending", list(range(1000, 0, -1)))
check("reverse flag", small, reverse=True)
check("bytes differ high", [v << 40 for v in small] + [v for v in small])

# Ints and a big int or a bool among them take the general path, with the same answers.
check("with big", small + [2**70, -(2**70)])
check("with bool", small[:600] + [True, False])
mixed = sorted(small[:700] + [True, False, 1, 0])
print("bool stability", [repr(x) for x in mixed if x in (0, 1)])

# key= gives int keys that tie: equal keys keep the items' order (and reverse= keeps it too).
words = ["w%d_%d" % (v % 7, i) for i, v in enumerate(small)]
by_len = sorted(words, key=len)
print("key len", by_len[:6], by_len[-6:])
by_digit = sorted(words, key=lambda w: int(w[1]))
print("key digit", by_digit[:6], by_digit[-6:])
by_digit_rev = sorted(words, key=lambda w: int(w[1]), reverse=True)
print("key digit reversed", by_digit_rev[:6], by_digit_rev[-6:])
neg_keys = sorted(range(900), key=lambda i: -(i % 13))
print("negative keys", neg_keys[:8], neg_keys[-8:])

# Pairs of ints: ordered by the first item, then the second; identical pairs keep their order.
pairs = [(v % 10, v // 10 - 50) for v in small]
sp = sorted(pairs)
print("pairs", sp[:6], sp[-6:], all(sp[i] <= sp[i + 1] for i in range(len(sp) - 1)))
tagged = [(v % 5, v % 3, i) for i, v in enumerate(small)]
by_pair = sorted(tagged, key=lambda t: (t[0], t[1]))
print("pair keys stable", by_pair[:6], by_pair[-6:])
by_pair_rev = sorted(tagged, key=lambda t: (t[0], -t[1]), reverse=True)
print("pair keys reversed", by_pair_rev[:6], by_pair_rev[-6:])
extreme_pairs = sorted([((-2) ** 63, 2**63 - 1), (2**63 - 1, (-2) ** 63), (0, 0)] * 300)
print("extreme pairs", extreme_pairs[0], extreme_pairs[299], extreme_pairs[300], extreme_pairs[-1])
