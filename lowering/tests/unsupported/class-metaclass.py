# error: 4:9: unsupported: class keywords (metaclass=...)
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
