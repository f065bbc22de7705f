# Flag arithmetic for permissions, IntEnum in sorting and arithmetic, auto() values, and the
# _missing_/_generate_next_value_ hooks an application uses.
import enum
from enum import Enum, Flag, IntEnum, auto


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARN = 30


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    ALPHA = auto()
    BETA = auto()


class Status(Enum):
    OK = 200
    NOT_FOUND = 404

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None


for combo in (Perm.READ | Perm.WRITE, Perm.ALL & ~Perm.WRITE, Perm.NONE, Perm(5)):
    print(repr(combo), combo.name, [p.name for p in Perm if p in combo and p.value])
print(Perm.ALL.value, Perm.READ in Perm.ALL, bool(Perm.NONE), Perm.WRITE ^ Perm.ALL)
print(sorted([Level.WARN, Level.DEBUG, 15]), Level.INFO + 5, Level(30).name, max(Level))
print([m.value for m in Lower], Lower("beta"))
print(Status("404"), Status(200))
try:
    Status("x")
except ValueError as e:
    print("ValueError", e)
print(Level.DEBUG.__class__.__mro__[1].__name__, isinstance(Level.INFO, int))
print(enum.unique(Level) is Level, list(Level.__members__.items())[:1])
