# A property read through one `obj.attr` site: the getter is called each time, and replacing or deleting
# the property, an instance attribute of the same name, a subclass overriding it, a getter that deletes
# its own property, and __getattr__ behind a getter that raises AttributeError are all seen.


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32


class Kelvin(Temp):
    @property
    def f(self):
        return "Kelvin.f"


def read_f(o):
    return o.f


temps = [Temp(0), Temp(100), Kelvin(5)]
for _ in range(2):
    print([read_f(t) for t in temps])

# An instance attribute does not shadow a property (a data descriptor); without a setter it is refused.
try:
    temps[0].f = 1
except AttributeError as e:
    print("AttributeError:", e)
temps[0].__dict__["f"] = "in the dict"
print(read_f(temps[0]), vars(temps[0]))

# The property replaced by a plain class attribute: the instance dict wins again.
Temp.f = "class attribute"
print([read_f(t) for t in temps])
del Temp.f
try:
    read_f(temps[1])
except AttributeError as e:
    print("AttributeError:", e)
print(read_f(temps[0]), read_f(temps[2]))


# A getter that deletes its own property while it runs.
class SelfDeleting:
    @property
    def p(self):
        del SelfDeleting.p
        return "first and last"


def read_p(o):
    return o.p


sd = SelfDeleting()
print(read_p(sd))
try:
    read_p(sd)
except AttributeError as e:
    print("AttributeError:", e)


# A getter that assigns a class attribute, so the class has a new version at every read.
class Counting:
    calls = 0

    @property
    def p(self):
        Counting.calls += 1
        return Counting.calls


c = Counting()
print([read_p(c) for _ in range(4)])
