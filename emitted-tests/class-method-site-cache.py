# One `obj.m(...)` site remembers what it called for each receiver type; everything that can change what
# `obj.m` means must still be seen: instance attributes shadowing the method (and removed again), the method
# replaced or deleted on the class or a base, subclasses overriding it, descriptors, __getattr__, and
# receivers of builtin types whose methods share the name.


class Base:
    def __init__(self, tag):
        self.tag = tag

    def m(self, x=0):
        return f"Base.m({self.tag}, {x})"

    @property
    def p(self):
        return lambda y: f"property-returned({self.tag}, {y})"

    @staticmethod
    def s(x):
        return f"static({x})"

    @classmethod
    def c(cls, x):
        return f"classmethod({cls.__name__}, {x})"


class Sub(Base):
    def m(self, x=0):
        return "Sub.m/" + super().m(x)


class Other:
    def m(self, x=0):
        return f"Other.m({x})"


def call_m(o, x):
    return o.m(x)


def call_m_kw(o, x):
    return o.m(x=x)


objs = [Base("a"), Sub("b"), Other(), Base("c")]
for i in range(3):
    print([call_m(o, i) for o in objs], [call_m_kw(o, i) for o in objs])

# An instance attribute shadows the method for that instance only, after the site cached the method.
objs[0].m = lambda x: f"instance lambda({x})"
print([call_m(o, 5) for o in objs])
del objs[0].m
print([call_m(o, 6) for o in objs])


# A callable instance attribute that is an object with __call__.
class Caller:
    def __call__(self, x):
        return f"Caller()({x})"


objs[3].m = Caller()
print(call_m(objs[3], 7), call_m_kw(objs[3], 8))
del objs[3].m

# The method replaced on the class, then on a base, then deleted.
Base.m = lambda self, x=0: f"replaced Base.m({self.tag}, {x})"
print([call_m(o, 9) for o in objs])
del Sub.m
print([call_m(o, 10) for o in objs])
del Base.m
for o in objs:
    try:
        print(call_m(o, 11))
    except AttributeError as e:
        print("AttributeError:", e)


# Descriptors called through one site.
def call_p(o, name, x):
    if name == "p":
        return o.p(x)
    if name == "s":
        return o.s(x)
    return o.c(x)


for name in ["p", "s", "c", "p", "s", "c"]:
    print(call_p(Base("d"), name, 1), call_p(Sub("e"), name, 2))


# __getattr__ supplies methods the class does not define; a defined method wins.
class Dynamic:
    def __getattr__(self, name):
        return lambda *args: f"__getattr__ {name}{args}"

    def m(self, x=0):
        return f"Dynamic.m({x})"


class OnlyGetattr:
    def __getattr__(self, name):
        if name == "m":
            return lambda x: f"OnlyGetattr m({x})"
        raise AttributeError(name)


for o in [Dynamic(), OnlyGetattr(), Dynamic()]:
    print(call_m(o, 12))


# Builtin receivers sharing method names with classes and with each other.
class Counts:
    def count(self, x):
        return f"Counts.count({x})"

    def index(self, x):
        return f"Counts.index({x})"


def count_of(o, x):
    return o.count(x)


def index_of(o, x):
    return o.index(x)


receivers = [[1, 2, 1], "abcab", (1, 1, 1), b"aab", Counts(), [3], "zzz", range(5)]
items = [1, "a", 1, b"a", 9, 3, "z", 4]
for _ in range(2):
    print([count_of(o, x) for o, x in zip(receivers, items)])
    print([index_of(o, x) for o, x in zip(receivers, items)])


def append_to(o, x):
    o.append(x)
    return o


class Appender:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 2)

    def __repr__(self):
        return f"Appender({self.items})"


print([append_to(o, 1) for o in [[], Appender(), [0], Appender()]])
try:
    append_to("str", 1)
except AttributeError as e:
    print("AttributeError:", e)


# A class object's method through a site: a plain function, no self.
class Util:
    def twice(x):
        return x * 2


def call_twice(o, x):
    return o.twice(x)


print(call_twice(Util, 21), call_twice(Util, "ab"))
u = Util()
try:
    call_twice(u, 1)
except TypeError as e:
    print("TypeError:", e)
print(call_twice(Util, 4))


# Instances of exception subclasses keep their attributes elsewhere; shadowing works the same.
class AppError(Exception):
    def m(self, x=0):
        return f"AppError.m({self.args}, {x})"


errors = [AppError(1), AppError(2)]
print([call_m(e, 13) for e in errors])
errors[1].m = lambda x: f"shadowed on the exception({x})"
print([call_m(e, 14) for e in errors])
