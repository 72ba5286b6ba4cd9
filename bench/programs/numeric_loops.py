# Integer arithmetic in nested while/for loops: a modular multiply-accumulate sweep and a sieve.


def mix(n):
    acc = 0
    i = 0
    while i < n:
        j = 0
        while j < 100:
            acc = (acc * 31 + i * j + 7) % 1000000007
            j += 1
        i += 1
    return acc


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            for m in range(p * p, limit + 1, p):
                flags[m] = False
        p += 1
    count = 0
    total = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            total += k
    return count, total


def collatz_max(n):
    best = 0
    best_at = 0
    for start in range(1, n):
        x = start
        steps = 0
        while x != 1:
            if x % 2 == 0:
                x //= 2
            else:
                x = 3 * x + 1
            steps += 1
        if steps > best:
            best = steps
            best_at = start
    return best_at, best


print("mix", mix(10000))
print("sieve", sieve(1000000))
print("collatz", collatz_max(60000))
