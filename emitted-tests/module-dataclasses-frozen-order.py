"""dataclasses: frozen instances (FrozenInstanceError, an AttributeError), order=True comparisons, the
__hash__ rules (eq alone: unhashable; eq and frozen: the fields' hash; unsafe_hash; an explicit __hash__),
inheritance between dataclasses (the bases' fields first, redefinition keeps the place), kw_only and
KW_ONLY, replace(), asdict() and astuple(), and the errors the decorator raises."""
from dataclasses import dataclass, field, fields, replace, asdict, astuple, FrozenInstanceError, KW_ONLY
from typing import ClassVar


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = "y"


f = Frozen(1)
print(f, hash(f) == hash((1, "y")), {f: 1}[Frozen(1, "y")], f == Frozen(1))
for action in [lambda: setattr(f, "x", 2), lambda: setattr(f, "z", 2), lambda: delattr(f, "y")]:
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    f.x = 5
except AttributeError as e:
    print("AttributeError caught:", e)
print(FrozenInstanceError.__name__, FrozenInstanceError.__module__, issubclass(FrozenInstanceError, AttributeError))
print(replace(f, x=10), f, replace(f))
try:
    replace(f, z=1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0), Version(1, 2, "b")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) <= Version(2), Version(3) > Version(2, 9), Version(1) >= Version(1, 1))
print(Version(1, 2, "a") == Version(1, 2, "b"), max(vs), min(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Version.__lt__(Version(1), 5))


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False, compare=True)


print(hash(Hashed(3)) == hash((3,)), Hashed(3) == Hashed(3, []), len({Hashed(1), Hashed(1), Hashed(2)}))


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)), ExplicitHash(1) == ExplicitHash(1))


@dataclass(eq=False)
class IdentityHashed:
    a: int


ih = IdentityHashed(1)
print(hash(ih) == hash(ih), ih == IdentityHashed(1), ih == ih, "__hash__" in IdentityHashed.__dict__)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


d = Derived()
print(d, Derived(1, 2, 3), [f.name for f in fields(Derived)], isinstance(d, Base), Derived.__doc__)
print(Derived.__match_args__, Base(1) == Derived(1), Derived.__mro__[1].__name__)


class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {len(fields(self))} fields"


@dataclass
class Mixed(Mixin, Base):
    w: str = "w"


print(Mixed(0), Mixed(0).describe())


@dataclass
class NotADataclassChild(Base):
    pass


print(NotADataclassChild(5), NotADataclassChild.__doc__)


@dataclass(frozen=True)
class FrozenBase:
    a: int


class PlainChild(FrozenBase):
    pass


pc = PlainChild(1)
pc.extra = "ok"
print(pc, pc.extra)
try:
    pc.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int


o = Options("n", level=3)
print(o, Options("m", verbose=True, level=1), Options.__doc__, Options.__match_args__)
try:
    Options("n", True, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Options("n")
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__doc__)
try:
    AllKw(1)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class PartlyKw:
    a: int
    b: int = field(default=0, kw_only=True)
    c: int = 5


print(PartlyKw(1, 2), PartlyKw(1, b=9), PartlyKw.__doc__)


@dataclass
class WithClassVar:
    shared: ClassVar[int] = 7
    own: int = 1
    tally: "ClassVar[list]" = []


print(WithClassVar(), [f.name for f in fields(WithClassVar)], WithClassVar.shared, WithClassVar.tally)


@dataclass
class Inner:
    a: int
    b: tuple


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    table: dict
    tags: set = field(default_factory=set)


out = Outer("o", Inner(1, (2, 3)), [Inner(4, ()), 5], {"k": Inner(6, (7,))}, {1})
print(asdict(out))
print(astuple(out))
copied = asdict(out)
print(copied["many"] is not out.many, copied["tags"] is not out.tags, copied["tags"] == out.tags)
print(asdict(Inner(1, (2,)), dict_factory=list), astuple(Inner(1, (2,)), tuple_factory=list))
for bad in [lambda: asdict(5), lambda: astuple(Inner), lambda: replace("x")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


@dataclass
class Counter:
    start: int
    step: int = field(default=1, init=False)


try:
    replace(Counter(1), step=2)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(Counter(1), start=5))


def attempt(make):
    try:
        make()
        print("created")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def mutable_default():
    @dataclass
    class Bad:
        x: list = []


def non_default_after_default():
    @dataclass
    class Bad:
        x: int = 0
        y: int


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int


def overwrite_order():
    @dataclass(order=True)
    class Bad:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def field_without_annotation():
    @dataclass
    class Bad:
        x = field(default=1)


def unsafe_hash_with_explicit():
    @dataclass(unsafe_hash=True)
    class Bad:
        x: int

        def __hash__(self):
            return 1


def dataclass_default():
    @dataclass
    class A:
        x: int

    @dataclass
    class B:
        a: A = A(1)


def frozen_setattr_defined():
    @dataclass(frozen=True)
    class Bad:
        x: int

        def __setattr__(self, name, value):
            pass


def two_kw_only_markers():
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY


for make in [mutable_default, non_default_after_default, order_without_eq, overwrite_order, frozen_from_plain,
             plain_from_frozen, field_without_annotation, unsafe_hash_with_explicit, dataclass_default,
             frozen_setattr_defined, two_kw_only_markers]:
    attempt(make)
