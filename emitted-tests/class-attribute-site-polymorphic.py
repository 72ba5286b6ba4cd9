# One `obj.attr` site sees instances of several classes in turn (a base class's method run on subclass
# instances): each class keeps its own cached slot, more classes than the site remembers still read right,
# and a subclass that turns the attribute into a property, or intercepts writes, is honoured.


class Base:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def bump(self):
        self.v += 1


class Sub1(Base):
    def __init__(self, v):
        self.extra = "e"  # v sits at another position of the instance dict
        super().__init__(v * 10)


class Sub2(Sub1):
    pass


class Sub3(Base):
    pass


class Sub4(Base):
    pass


class Sub5(Sub4):
    pass


class WithProperty(Base):
    @property
    def v(self):
        return 100

    @v.setter
    def v(self, value):
        print("setter", value)


class Logged(Base):
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value)


objs = [Base(1), Sub1(2), Sub2(3), Sub3(4), Sub4(5), Sub5(6), Base(7)]
for _ in range(3):
    print([o.get() for o in objs])
    for o in objs:
        o.bump()

odd = [WithProperty(0), Logged(0)]
for o in odd + objs[:2]:
    o.bump()
    print(type(o).__name__, o.get())

# A class attribute assigned on a base after the site cached its subclasses' instances.
Base.v = "class v"
s = Sub3(8)
del s.v
print(s.get(), objs[3].get())
Sub4.get = lambda self: "replaced " + str(self.v)
print([o.get() for o in objs])
