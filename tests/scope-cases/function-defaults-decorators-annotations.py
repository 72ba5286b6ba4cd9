def deco(f): return f
def outer(a):
    @deco
    def inner(x: a = a, *, y: int = a) -> a:
        return x
    return inner
class K:
    T = int
    def m(self, x: T = T) -> T:
        return x
