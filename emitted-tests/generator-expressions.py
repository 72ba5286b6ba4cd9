"""Generator expressions: lazy, single-use, consumed by sum/any/all/min/max/sorted/join, short-circuiting any/all."""
squares = (x * x for x in range(6))
print(sum(squares), sum(squares))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any(()), all([]))
seen = []


def check(v):
    seen.append(v)
    return v > 2


print(any(check(v) for v in range(10)), seen)
seen.clear()
print(all(not check(v) for v in range(10)), seen)
print(max(len(w) for w in ["a", "abc", "ab"]), min((x % 5 for x in range(7, 12))), sorted(c for c in "hello"))
print(",".join(str(i) for i in range(5)), list(zip((i for i in "abc"), (i * 2 for i in range(3)))))
g = (i for i in range(3))
print(next(g), list(g), list(g))
matrix = [[1, 2], [3, 4]]
print(sum(x for row in matrix for x in row), list(x * y for x in range(3) if x for y in range(3) if y > x))
print(dict((k, len(k)) for k in ["aa", "b"]), set(n % 3 for n in range(10)), tuple(c.upper() for c in "ab"))
