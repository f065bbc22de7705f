# Enums as a state machine and as flags, with the functional API and member lookup.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    DONE = "done"

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    A = 1
    B = 2
    C = 4


s = State.IDLE
for _ in range(4):
    print(s, repr(s), s.name, s.value)
    s = s.next()
print(State("done"), State["RUNNING"], list(State), len(State))
print(State.IDLE in State, isinstance(State.DONE, State))
try:
    State("paused")
except ValueError as e:
    print("ValueError", e)
try:
    State["PAUSED"]
except KeyError as e:
    print("KeyError", e)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority.HIGH + 1, Priority(5))
print(Priority.LOW < Priority.HIGH, int(Priority.MEDIUM), f"{Priority.HIGH}", str(Priority.LOW))
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw == Perm.RW, bool(Perm(0)))
print(list(Perm), ~Perm.R, Perm.RW & Perm.W)
print(Mode.A | Mode.C, Mode(7), Mode.A | 8, repr(Mode(0)))
Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.GREEN.value)
Shape = Enum("Shape", [("CIRCLE", 1), ("SQUARE", 2)])
print(Shape(2), Shape.CIRCLE)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)


class Alias(Enum):
    A = 1
    B = 1


print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, round(p.gravity, 3))


class StrE(str, Enum):
    X = "x"


print(StrE.X == "x", StrE.X.upper(), format(StrE.X), StrE("x"))
print(enum.StrEnum("S", "a b").a.value if hasattr(enum, "StrEnum") else "-")
try:
    State.IDLE = 3
except AttributeError as e:
    print("AttributeError", e)
print({State.IDLE: 1}[State.IDLE], hash(State.IDLE) == hash(State.IDLE))
