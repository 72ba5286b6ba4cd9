class Outer:
    def f(self):
        class Inner:
            def g(self):
                return super().g()
        return Inner
    def h(self):
        return super
