"""bool is a subclass of int: arithmetic, indexing, sum of booleans, repr vs arithmetic results."""
print(True + True, True * 10, False - 1, -True, ~True, True / 2, True // 2, True ** 3)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__, type(True & True).__name__)
print(["a", "b"][True], sum([True, False, True, True]), sum(x > 2 for x in range(6)))
print(True == 1, False == 0, bool(0), bool(-1), bool(0.0), bool(""), bool("0"))
print(str(True), repr(False), int(True), float(False), True & 3, False | 2)
print(max(True, 0), min(False, -1), abs(True), divmod(True, 2), hash(True))
print(True < 2, {True: 1, 1: 2}, [0, 1].index(True), (1, 2).count(True))
print(f"{True}", f"{True:d}", f"{False:5}|", "%d %s" % (True, True))
