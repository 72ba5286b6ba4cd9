class Outer:
    __private = 1
    __dunder__ = 2
    def __method(self, __arg):
        __local = __arg
        return self.__private, __local
    class __Inner:
        __x = 1
        def f(self):
            return __x
    import __hello.world
    from mod import __thing
    def g(self):
        global __glob
        return lambda: __private
class _:
    __not_mangled = 1
class __Leading:
    __y = 1
