class A:
    def f(self):
        return super().f()
    def g(self):
        return __class__
    def h(self):
        def inner():
            return super()
        return inner
    def k(self):
        return [super() for _ in range(3)]
    @staticmethod
    def s():
        return lambda: __class__
    def not_super(self, super):
        return super
class B:
    __class__ = 1
    def f(self):
        return __class__
def plain():
    return super()
