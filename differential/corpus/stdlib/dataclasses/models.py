# Dataclass models: defaults, ordering, frozen instances, fields, asdict/astuple, replace.
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from typing import ClassVar, List, Optional


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass
class Package:
    name: str
    version: Version
    deps: List[str] = field(default_factory=list)
    description: Optional[str] = field(default=None, repr=False)
    registry: ClassVar[str] = "pypi"
    size: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass
class Account:
    owner: str
    balance: int = 0
    secret: InitVar[str] = "none"

    def __post_init__(self, secret):
        self.masked = secret[:1] + "*" * (len(secret) - 1)


versions = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)])
print(Version(1) < Version(1, 0, 1), Version(2) == Version(2, 0, 0))
p = Package("krait", Version(0, 1), ["jline"], "an interpreter", size=10)
print(p)
print(asdict(p))
print(astuple(p))
print(p == Package("krait", Version(0, 1), ["jline"], "other", size=99))
print([f.name for f in fields(Package)], Package.registry)
q = replace(p, name="krait2")
print(q.name, q.deps is p.deps)
pt = Point(3, 4)
print(pt, pt.dist(), hash(pt) == hash(Point(3.0, 4.0)))
try:
    pt.x = 5
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
a = Account("ann", secret="hunter2")
print(a, a.masked)
print(dataclasses.is_dataclass(a), dataclasses.is_dataclass(Account), dataclasses.is_dataclass(1))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print("ValueError", e)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="x"))],
                                 namespace={"double": lambda self: self.a * 2})
d = Dyn(21)
print(d, d.double())


@dataclass(slots=True, kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1


o = Opts(level=3)
print(o, hasattr(o, "__dict__"), Opts.__slots__)
try:
    Opts(True)
except TypeError as e:
    print("TypeError", e)
print(Version.__match_args__)
match Version(3, 1):
    case Version(3, minor):
        print("v3 minor", minor)
